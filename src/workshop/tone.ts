// The end-of-time-box signal: a short soft chime made with the Web Audio API, no audio file.
let context: AudioContext | null = null;

/** Called from the Start click: browsers let audio begin only after a gesture, so it never autoplays. */
export function unlockAudio() {
  try {
    context ??= new AudioContext();
    void context.resume();
  } catch {
    // No audio in this browser: the visual signal still shows the end.
    context = null;
  }
}

export function playChime() {
  const audio = context;
  if (!audio) return;
  try {
    const begin = audio.currentTime;
    // Two gentle sine notes with a soft attack and a long fade: noticeable without startling a room.
    [659.25, 880].forEach((frequency, i) => {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      const at = begin + i * 0.35;
      oscillator.type = "sine";
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.18, at + 0.05);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 1.4);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(at);
      oscillator.stop(at + 1.5);
    });
  } catch {
    // A failing sound must not stop the timer from showing that time is up.
  }
}
