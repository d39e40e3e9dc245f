// Shrinks an element's text until it fits its box's width, whatever the font: the clock's digits
// are as large as CSS allows (a share of the screen) unless that would overflow, e.g. with a wide
// fallback font on Debian.
import { useLayoutEffect, type RefObject } from "react";

export function useFitWidth(ref: RefObject<HTMLElement | null>, text: string) {
  useLayoutEffect(() => {
    const element = ref.current;
    const box = element?.parentElement;
    if (!element || !box) return;
    const fit = () => {
      element.style.fontSize = "";
      const available = box.clientWidth - parseFloat(getComputedStyle(box).paddingLeft) - parseFloat(getComputedStyle(box).paddingRight);
      const needed = element.scrollWidth;
      if (needed > available && needed > 0) {
        const size = parseFloat(getComputedStyle(element).fontSize);
        element.style.fontSize = `${Math.floor((size * available * 0.97) / needed)}px`;
      }
    };
    fit();
    void document.fonts?.ready.then(fit);
    if (typeof ResizeObserver === "undefined") return;
    // The box, not the text: its width is what the text must fit, and resizing the text does not change it.
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    return () => observer.disconnect();
  }, [ref, text]);
}
