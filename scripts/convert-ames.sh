#!/usr/bin/env bash
# Convert the Ames Housing data (modeldata::ames) from Debian's
# r-cran-modeldata package into lessons/data/ames.csv.
#
# Usage:   bash scripts/convert-ames.sh
# Needs:   a Debian/Ubuntu machine with apt. Installs r-base-core if Rscript
#          is missing (as root, or via sudo).
# Options: MODELDATA_VERSION=1.1.0-1 bash scripts/convert-ames.sh
#          pins the exact r-cran-modeldata version to download.
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$script_dir/.." && pwd)"
out="$repo_root/lessons/data/ames.csv"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

if ! command -v Rscript >/dev/null 2>&1; then
  echo "Rscript not found; installing r-base-core ..." >&2
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends r-base-core
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# As root, apt downloads as the unprivileged _apt user; let it write here
# (otherwise apt falls back to an unsandboxed download with a warning).
if [ "$(id -u)" -eq 0 ] && id _apt >/dev/null 2>&1; then
  chown _apt "$work"
fi

pkg="r-cran-modeldata${MODELDATA_VERSION:+=$MODELDATA_VERSION}"
(cd "$work" && apt-get download "$pkg")
deb="$(ls "$work"/r-cran-modeldata_*.deb)"
echo "Using $(dpkg-deb -f "$deb" Package) $(dpkg-deb -f "$deb" Version)" >&2
dpkg -x "$deb" "$work/root"

rdata="$work/root/usr/lib/R/site-library/modeldata/data/Rdata"
mkdir -p "$(dirname "$out")"
tmp_out="$work/ames.csv"

LC_ALL=C.UTF-8 Rscript --vanilla - "$rdata" "$tmp_out" <<'RSCRIPT'
args <- commandArgs(trailingOnly = TRUE)
options(scipen = 100, digits = 15)
e <- new.env()
invisible(lazyLoad(args[1], envir = e))
ames <- as.data.frame(get("ames", envir = e))
stopifnot(identical(dim(ames), c(2930L, 74L)))

# Factors -> their labels (plain UTF-8 strings).
for (n in names(ames)) {
  if (is.factor(ames[[n]])) ames[[n]] <- as.character(ames[[n]])
  if (is.character(ames[[n]])) ames[[n]] <- enc2utf8(ames[[n]])
}

# Quote only the text columns that actually need it (comma, quote, newline).
needs_quote <- which(vapply(ames, function(x)
  is.character(x) && any(grepl("[,\"\r\n]", x)), logical(1)))
quote <- if (length(needs_quote)) unname(needs_quote) else FALSE

write.csv(ames, args[2], row.names = FALSE, quote = quote, na = "",
          fileEncoding = "UTF-8", eol = "\n")
RSCRIPT

mv "$tmp_out" "$out"
echo "Wrote $out ($(wc -l < "$out") lines incl. header)" >&2
