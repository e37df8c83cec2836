//! The fixed English sentences of the algorithm-register entry (plain language; see DOMAIN.md for
//! the words we avoid). `{name}` is filled in from the rules; `{{name}}` is for the municipality.

use super::Words;

pub(crate) const WORDS: Words = Words {
    title: "Werkroute: algorithm register entry",
    intro: "\
> This text is made from the rules the app itself uses: version **{version}**.
> The rules are in `{file}`.
> Do not edit this text by hand. A check in the code notices any difference.
> Make it again with:
>
> `{command}`",
    summary: "\
## In short

- **Name:** Werkroute.
- **What it is:** a self-check for people looking for work. You answer {count} short questions.
  Then you see your own overview and steps towards work.
- **Organisation:** {{gemeente}}.
- **In use since:** {{datum}}.
- **Rules version:** {version}. This number is on every result.
- **Kind of algorithm:** fixed rules made by people, with weights and limits anyone can read. The
  algorithm does not learn from data and is not trained on people.
- **Where it runs:** only in the person's own browser. The municipality receives no answers and
  no results.",
    purpose: "\
## What is the check for?

Werkroute helps a person looking for work to make their own picture. What do you want? What can
you already do? What is going on around you? The result shows your strengths first. Then you see
which route fits you right now, why, and which steps you can take. If you want, you take the
result with you to a conversation at the municipality.

## What is the check not for?

- It is **not a decision**. Not about a benefit, not about duties, not about what you must do.
- **Nothing follows automatically.** The municipality only sees the result if you show it.
- It is **not a prediction**. There is no percentage for the chance of finding work. We do not
  make that figure, on purpose.
- It is **not a judgement of you** as a person. The result is for right now. Later it can be
  different.
- It is not meant to compare, select or check up on people.",
    questions_title: "The questions",
    questions_intro: "\
There are {count} questions, in three parts. You get one question per screen. If the part about
alcohol and drugs is switched off, there are {without}.

- Every question offers \"{dont_know}\".
- Sensitive questions also offer \"{rather_not}\".
- Those two answers do not count. They never make a figure lower.
- Every question says in one sentence why we ask it.

After each answer, the number the rules give it is shown in brackets.",
    part: "Part {n}: {name} (`{id}`)",
    layer_notes: [
        "These questions are about what you want. Together they make the \"willen\" side. A higher \
         number is more positive.",
        "These questions are about what you can already do and where support helps. Together they \
         make the \"kunnen\" side. A higher number is more positive. Confidence in applying belongs \
         here: it can be learned.",
        "These questions are about things around you. They **never** count in willen or kunnen. 0 \
         means: plays no role. A higher number means: plays a bigger role.",
    ],
    answers: "Answers",
    no_value: "does not count",
    feeds_sub: "Belongs to the topic \"{sub}\" (`{id}`): {counts}",
    weight: "counts with weight {w}",
    drag: "is taken off, {d} × (100 − this figure)",
    shown_only: "does not count in the result, it is only shown",
    feeds_barrier: "Belongs to \"{name}\". Never counts in willen or kunnen.",
    feeds_holds_back: "Shows what holds you back right now. Never counts in willen or kunnen. It can \
                       make your result start with \"sort this out first\".",
    how_topics_any: "\
### Step 2: a figure per topic

The willen and kunnen questions belong to topics. Each topic gets a figure from 0 to 100:

> figure = 100 × the average of (value of the answer ÷ highest value of that question), over the
> answered questions of that topic.

One answered question is enough for a figure. \"I don't know\" and \"I'd rather not say\" therefore
never count against you: leaving a question out never makes an average lower than the lowest answer.",
    item_cap: "\
No single question counts for more than **{cap} percent** of a side when all questions of that side
are answered. Only a floor (step 5) weighs more. This is the share of each question:",
    no_route: "\
**No route yet.** A side counts only when you answered at least **{needed} percent** of it
(weighted, as in the table above). Is it less for willen or kunnen? Then the result is
\"{name}\": {meaning} You then see the four routes side by side, none of them yours, and one step:
\"{step}\". Not answering never gives a route.",
    grey_before_drag: "\
We check whether a side is in the grey zone before the deduction and after it, so the deduction
pushes nobody out of the grey zone.",
    floor_open: "\
Did you leave questions of a floor open, so that the floor could apply? Then kunnen is in the grey
zone. We neither skip the floor nor assume it.",
    journey: "\
**A short core, the rest after the result.** Before the result you answer {pages} pages: the
questions {core}; and one list \"what plays a role right now?\" for {screened}. In the list, not
ticked counts as \"plays no role\", ticked as \"plays a small role\", and ticked with \"this weighs
heavily right now\" as \"plays a big role\". A typical journey is {words} words, about {minutes}
minutes when you read 60 words a minute. After the result you may answer {extras}; you never
have to. A side counts when at least {needed} percent of the core's part of it is answered, or of
all questions.",
    steps_by_need: "\
**Steps chosen by need.** A step without a condition is for everyone on the route. A step with a
condition is only for people for whom one of its conditions holds. A topic counts as low when it
is below {yes_from}. Steps for a low topic come right after the route's first step, the lowest
first.",
    when_low: "when \"{topic}\" is low",
    when_floor: "with the floor for \"{topic}\"",
    when_big: "when \"{topic}\" plays a big role",
    when_plays: "when \"{topic}\" plays a role",
    when_something_to_sort: "when something was named to sort out",
    unless_sort_out_first: "not when sorting things out comes first",
    when_or: " or ",
    sort_out_first: "\
**Sort this out first, then further.** Is willen on the \"not yet\" side or in the grey zone? And does
one of these play a big role: {domains}? Or did you say one of these holds you back now: {holds}?
Then your result starts with \"{name}\": {meaning} The help for it comes first. You do not read that
work is no priority, nor first about rules and agreements.",
    some_barriers: "\
Does something play a small role? You see that in your overview too. Do you share your result with
your contact person at the municipality? Then they see it too. Do {n} or more things play a role at once? Then you see the card \"{many}\".",
    answer_steps: "Some answers always give a card of their own, even when something plays only a small role:",
    fairness_2027: "\
- \"I don't know\" and \"I'd rather not say\" never give a worse result than the lowest answer to
  that question. Not answering never gives a route.
- No single question counts for more than 15 percent of a side, except through a floor.
- What holds someone back (care, childcare, health, money, housing) never counts as less drive.
- Pairs of example persons that differ only in care duties, Dutch as a second language, age or a
  disability get the same route. We check this with every change.
- A result of an older version stays the result of that version.",
    sensitive_yes: "Sensitive: yes. You can also choose \"{rather_not}\".",
    sensitive_no: "Sensitive: no.",
    module: "This question belongs to a part the municipality can switch off (`{module}`). On a \
             computer at the werkplein this part is off by default.",
    why: "Why we ask this: \"{why}\"",
    how_title: "How the result is made",
    how_values: "\
### Step 1: from answer to number

Every answer has a fixed number. Those numbers are shown with the questions above.

- For willen and kunnen: the higher, the more positive. The lowest answer is 0.
- For things around you: 0 is \"plays no role\". From {big_from} it plays a big role.
- \"I don't know\" and \"I'd rather not say\" give no number. They count as not answered.",
    how_topics: "\
### Step 2: a figure per topic

The questions of willen and kunnen belong to topics. Every topic gets a figure from 0 to 100:

> figure = 100 × the average of (number of the answer ÷ highest number of that question), over
> the answered questions of that topic.

A topic only counts when at least {percent} percent of its questions are answered. Otherwise its
figure is not known yet. It then does not count, not against you either.",
    example: "\
Example, topic \"{sub}\":

- \"{q1}\" → \"{a1}\": {v1} of {m1}.
- \"{q2}\" → \"{a2}\": {v2} of {m2}.
- The figure is 100 × ({v1}/{m1} + {v2}/{m2}) ÷ 2 = {result}.",
    how_axes: "\
### Step 3: two sides, willen and kunnen

Each side gets a number from 0 to 100 from the figures of its topics. These are the topics and
how they count:",
    col_topic: "Topic",
    col_questions: "Questions",
    col_counts: "How it counts",
    axis_formula: "\
This is how we work it out:

1. Take the weighted average of the known figures that have a weight.
2. Take off the drag: weight × (100 − figure), for a known topic with a drag. For willen that is
   \"{drag}\": someone who doubts it comes out lower, by {points} points at most.
3. Keep the number between 0 and 100.
4. Apply the floors (step 5) and round to a whole number.",
    unknown_axis_yes: "\
Is no figure known on a side? Then that side counts as \"yes\", in the grey zone. Not answering
never counts against you.",
    bands: "\
### Step 4: yes, partly or not yet; the line and the grey zone

- {yes_from} or higher: **{yes}**.
- {partly_from} up to and including {partly_to}: **{partly}**.
- {not_yet_to} or lower: **{not_yet}**.

The line is at **{line}**. From {line} a side is on the \"yes\" side. That decides the route.

From **{grey_from} up to and including {grey_to}** it is \"{grey_name}\". We say so. You then see
your route and the route next to it. We do not push you into one box.",
    floors: "\
### Step 5: when support comes first (floors)

Some answers weigh more than the rest. Strengths in other areas do not undo them. Then a floor
applies to kunnen:",
    floor_rule: "**`{id}`**: do at least {at_least} of these {n} questions have one of these \
                 answers? Then kunnen is at most **{cap}**.",
    floor_rule_one: "**`{id}`**: does this question have one of these answers? Then kunnen is at \
                     most **{cap}**.",
    floor_or: "or",
    floor_side: "Kunnen is then on the \"not yet\" side.",
    floor_ends_grey: "The floor decides: kunnen is then not in the grey zone.",
    floor_shown: "What you then see: \"{text}\"",
    routes: "\
### Step 6: the route

The side of willen and the side of kunnen together give one of four routes. The name says what
the next step is. Every result says \"right now\".",
    col_route: "Route",
    col_first_steps: "Steps, in order",
    side_yes: "yes",
    side_not_yet: "not yet",
    barriers: "\
### Step 7: things around you

These answers **never** change willen or kunnen. So they do not change the route either.

- An answer with number {big_from} or higher plays a big role. Then you see the card
  \"{overlay}\" on top, with the help in your municipality. This holds for every route.
- An answer with number 1 plays a small role. You see it in your overview, without a card.",
    col_barrier: "Topic",
    col_big_when: "Plays a big role with",
    col_step: "Card",
    acute: "\
### Step 8: help right now

With these answers you first see where to get help right away. It comes before everything,
the route included:",
    confidence: "\
### How complete is this picture?

The result shows how complete the picture is, from 0 to 100. {n} questions count in willen and
kunnen. The number says which share of them you answered with an answer that counts. \"I don't
know\" and \"I'd rather not say\" make this number lower. They do not make your result lower.",
    whatif: "\
### What if?

The result also shows what changes if one topic gets easier. For example: \"if reading got
easier, your route would be ...\". The device works this out with the same rules.",
    never: "\
## What we never use

- No age, gender, origin, nationality, postcode or language spoken at home. No question asks
  for them. The rules cannot use them either.
- No data from other sources. Not from the population register, not from a benefit, not from an
  earlier check.
- Only things a person can change.
- \"{pressure}\" and \"{adjust}\" do not count. We only show them, for the conversation.
- Things around you do not count in willen or kunnen.
- \"{dont_know}\" and \"{rather_not}\" never count against you.",
    data: "\
## Where your data stays

- Your answers stay in the memory of your browser. They are not sent to a server. The
  municipality does not receive them.
- Close the page and your answers are gone.
- The app uses no cookies and does not track what you do.
- You can share the result yourself. Only when you choose to:
  - print it;
  - save it as a file;
  - take it with you as a link or QR code. Your answers are then in the link, after the `#`
    sign. A browser never sends that part to a server.
- The website itself keeps a short log, like every website. It holds no answers. See the privacy
  statement of {{gemeente}}.",
    human: "\
## A person decides

- The result is the start of a conversation. For example with your work coach or contact person
  at the municipality. Only if you want.
- Your contact person can open the link or QR code in the same app. They then see your overview,
  the answers behind it and a few open questions for the conversation.
- **No decision** follows from the result. What happens next, you discuss together.
- A code is **not evidence**. The app works the result out again from the answers in the code.
  Anyone can make such a code: its check digits only catch typing errors. It is your own account,
  to talk about together.
- Does the picture not fit? Say so in the conversation. You can also take the check again later.
- The app sends no results to the municipality. There is no list of residents with their route.
- With people's consent, a team can put the codes they brought along in one file. The overview for
  policy (`#/overzicht` in the app, or `werkroute overview`) counts them on the team's own device.
  It shows only numbers, never who. A number under 10 shows as \"< 10\". It is only about people
  who shared their result, so it is no sample of all residents. And it is never a basis for a
  decision about one person.",
    fairness: "\
## How the rules stay fair

- There is one set of rules, with a version number. That number is on every result. A new rule
  means a new number and a new version of this text.
- The same answers always give the same result. In another language too.
- A more positive answer never makes a figure lower.
- The app refuses rules that break these agreements. For example:
  - a weight on \"{pressure}\" or \"{adjust}\";
  - a weight for searching above 0.15 times the biggest other weight;
  - a floor that is not below the line;
  - a floor that a worse answer would not trigger;
  - a scale for things around you that does not go up.
- With every change we work out the results of a fixed group of example persons. So anyone sees
  what a change does, without real data.
{since_2027}
- The limits are chosen on the answer scales. We have no data yet on what happens to people
  later. That is why there is no chance of finding work.",
    contact: "\
## Contact

- Organisation: {{gemeente}}, {{afdeling}}.
- Questions about the rules or this text: {{e-mail}}, {{telefoon}}.
- Not happy with how the municipality treats you? See {{klachtenregeling}}.
- Source code: {{url van de broncode}}. Licence: EUPL-1.2.",
    footer: "\
---

Made with `{command}` from rules version {version}.",
};
