// Reads a number as people type it off a report: "18,300", "18300.5", "$18,300", "18 300 USD",
// "67 %", full-width digits. Anything else is not a number (a message, not a wrong attempt).

const CURRENCY = /^[$€£¥￥]|^(usd|jpy)\b/i;
const TRAILING_UNIT = /(usd|jpy|%|[$€£¥￥])$/i;
const MINUS = /[\u2212\u2012\u2013\u2014\uFE63\uFF0D]/g;
// Thousands in groups of three with commas, or none; an optional decimal part.
const PLAIN = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[+-]?\.\d+$/;

export function parseNumber(input: string, unit?: string): number | undefined {
  let text = input.normalize("NFKC").replace(MINUS, "-").trim();
  const ownUnit = unit?.normalize("NFKC").trim().toLowerCase();
  if (ownUnit && text.toLowerCase().endsWith(ownUnit)) text = text.slice(0, -ownUnit.length).trim();
  else if (ownUnit && text.toLowerCase().startsWith(ownUnit)) text = text.slice(ownUnit.length).trim();
  text = text.replace(TRAILING_UNIT, "").trim();
  const sign = text.startsWith("-") || text.startsWith("+") ? text.slice(0, 1) : "";
  text = text.slice(sign.length).trim().replace(CURRENCY, "").trim();
  // Spaces between digit groups ("18 300"), as some locales write thousands.
  text = sign + text.replace(/(\d)[\s\u00A0\u202F](?=\d{3}(\D|$))/g, "$1");
  if (!PLAIN.test(text)) return undefined;
  const value = Number(text.replace(/,/g, ""));
  return Number.isFinite(value) ? value : undefined;
}
