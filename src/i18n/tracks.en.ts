// English text of the two tracks: choosing one, and each lesson's status on both.
export const tracks = {
  legend: "How do you take part?",
  code: {
    label: "I write the code",
    who: "(data scientists, engineers)",
    done: "A lesson is done when every check passes for your code and you have drafted a request.",
  },
  review: {
    label: "I review and decide",
    who: "(product, business and domain roles)",
    done: "A lesson is done when you have answered every review question right and drafted a request.",
  },
  notChosen: "Choose how you take part. Until you do, the lessons count your code and checks.",
  keep: "You can change this at any time. Nothing is lost: your code and your review answers both stay.",
  name: { code: "Code", review: "Review" },
  /** On the home page: a lesson's status on one track, e.g. "Code: Done". */
  status: "{{track}}: {{status}}",
  reviewRight: "Review: {{right}} of {{total}} answered right",
  yours: "Your track: “{{track}}”.",
  unchosen: "No track chosen yet: this counts the code track.",
  switchTo: "Switch to “{{track}}”",
};
