use yew::prelude::*;

use crate::app::{Action, Screen};
use crate::domain::answers::Answers;
use crate::domain::code::{encode_shared, SharedInfo, Sharing};
use crate::domain::outcome::{Outcome, SubScore};
use crate::domain::rules::Rules;
use crate::domain::score::score;
use crate::domain::share::Month;
use crate::domain::steps::{barrier_domain, Part};
use crate::domain::whatif::levers;
use crate::ui::components::{
    ActionCards, AcuteBanner, BackLink, Collapsible, ConfirmButton, Conversation,
    ConversationSheet, FirstStep, FitCheck, OwnSaySummary, ProgressCompare, RouteSummary,
    SaidBeside, ShareChoice, ShareResult, SharedNotes, SomeBarriers, SortFirst, StaffBanner,
    StartWith, StepList, SubScoreList, TellMore, WhatIf, WishChips,
};
use crate::ui::context::use_ctx;

/// How many what-if lines the result shows.
const LEVERS_SHOWN: usize = 3;

/// Sub-scores grouped strengths first: what goes well, where support helps, and what is shown
/// for the conversation only (no weight in the route). Topics this version does not ask are
/// left out, and so are scored topics nothing was said about (they are not "support").
fn groups(rules: &Rules, o: &Outcome) -> (Vec<SubScore>, Vec<SubScore>, Vec<SubScore>) {
    let counts = |s: &SubScore| s.weight > 0.0 || s.drag > 0.0;
    let (mut strong, mut support): (Vec<_>, Vec<_>) = o
        .subscores
        .iter()
        .filter(|s| counts(s) && s.score.is_some())
        .cloned()
        .partition(|s| s.score.is_some_and(|v| v >= rules.bands.yes_from));
    crate::domain::sorting::sort_by_key(&mut strong, |s| std::cmp::Reverse(s.score));
    crate::domain::sorting::sort_by_key(&mut support, |s| s.score.map(i16::from).unwrap_or(-1));
    let info = o
        .subscores
        .iter()
        .filter(|s| !counts(s) && s.asked > 0)
        .cloned()
        .collect();
    (strong, support, info)
}

/// Whether `q` asks about what goes on around the person (a barrier domain).
fn is_circumstance(rules: &Rules, q: crate::domain::bank::QuestionId) -> bool {
    use crate::domain::share::{topic_of, Topic};
    topic_of(rules, q)
        .is_some_and(|t| !matches!(t, Topic::Willen | Topic::Kunnen | Topic::HoldsBack))
}

/// The person's own result, from the answers in this visit, under the current rules.
#[function_component(ResultPage)]
pub fn result_page() -> Html {
    let ctx = use_ctx();
    let version = AttrValue::from(crate::domain::rules::CURRENT_VERSION);
    html! { <ResultView answers={ctx.state.domain_answers()} {version} shared={false} given={None} info={None} /> }
}

#[derive(Properties, PartialEq)]
pub struct ResultViewProps {
    pub answers: Answers,
    /// The rules version to score under: the current one for the person's own result, the one
    /// a brought-along code names for a shared result (it shows the outcome given then).
    pub version: AttrValue,
    /// A brought-along result (read-only, with questions for the conversation).
    pub shared: bool,
    /// A share code's outcome as the person's own app gave it (checked by the shared page):
    /// shown instead of scoring the answers that went along.
    pub given: Option<Outcome>,
    /// What a share code says beyond its answers: when, what to talk about, what stayed behind.
    pub info: Option<SharedInfo>,
}

/// The result. Its first screen fits a phone: immediate help when it applies, the route for
/// right now (or no route yet), what the person said themselves, what to sort out first and the
/// one step to begin with. Then sections a person can open, each under its own heading: why
/// (the picture of both axes, strengths first), all steps (and which to start with), their own
/// say, what-if, the plan, and what to take along. Print shows every section. A brought-along
/// result is read-only and adds open questions for the conversation.
#[function_component(ResultView)]
pub fn result_view(props: &ResultViewProps) -> Html {
    let ctx = use_ctx();
    let print_answers = use_state(|| false);
    // The link, QR code and code carry every answer: on paper only when asked for on their own.
    let print_code = use_state(|| false);
    // Scoring and the what-if levers (many re-scorings) run once per answer set, not on every
    // render (ticking "print my answers" or adding a plan card re-renders this page).
    let computed = use_memo(
        (
            props.answers.clone(),
            props.version.clone(),
            props.given.clone(),
        ),
        |(answers, v, given)| {
            Rules::get(v).ok().map(|rules| {
                let top: Vec<_> = levers(rules, answers)
                    .into_iter()
                    .take(LEVERS_SHOWN)
                    .collect();
                (given.clone().unwrap_or_else(|| score(rules, answers)), top)
            })
        },
    );
    // What goes along in a link, QR code, code or file: the person's own choice, as a share code
    // (it scores all answers once more, so once per answers and choice, not on every render).
    let share_code = use_memo(
        (
            props.answers.clone(),
            props.version.clone(),
            props.shared,
            ctx.state.own_say.clone(),
            ctx.state.share.clone(),
        ),
        |(answers, v, shared, own_say, choice)| {
            let rules = Rules::get(v).ok().filter(|_| !*shared)?;
            let sharing = Sharing {
                answers,
                own_say,
                choice,
                made: Month::from_unix_ms(crate::adapters::clock::now()),
            };
            encode_shared(&sharing, rules).ok().map(AttrValue::from)
        },
    );
    let (Ok(rules), Some((o, top_levers))) = (Rules::get(&props.version), computed.as_ref()) else {
        return html! { <p class="utrecht-paragraph">{ ctx.t("error.rules") }</p> };
    };
    let answers = props.answers.clone();
    // A kiosk prints only where the municipality turned printing on.
    let can_print = ctx.state.kiosk.is_none_or(|k| k.print);
    let shared = props.shared;
    let older = (rules.version != crate::domain::rules::CURRENT_VERSION).then(|| {
        ctx.tf(
            "shared.older_rules",
            &[
                ("version", &rules.version),
                ("current", crate::domain::rules::CURRENT_VERSION),
            ],
        )
    });
    // "Sort this out first": a card per domain whose help comes first (big barriers, what holds
    // the person back); other help that answers call for, listed quietly after it.
    let first: Vec<_> = o.steps.iter().filter_map(|s| barrier_domain(*s)).collect();
    let extra_help: Vec<_> = o
        .steps
        .iter()
        .copied()
        .filter(|s| s.part() == Part::Service && barrier_domain(*s).is_none())
        .collect();
    let acute_steps: Vec<_> = o
        .steps
        .iter()
        .copied()
        .filter(|s| s.part() == Part::Acute)
        .collect();
    let next_steps: Vec<_> = o
        .steps
        .iter()
        .copied()
        .filter(|s| !matches!(s.part(), Part::Acute | Part::Service))
        .collect();
    let (strong, support, info) = groups(rules, o);
    let strengths_title = if strong.is_empty() {
        "result.furthest"
    } else {
        "result.strengths"
    };
    let strong = if strong.is_empty() {
        let mut best = support.clone();
        best.reverse();
        best.into_iter()
            .filter(|s| s.score.is_some())
            .take(2)
            .collect()
    } else {
        strong
    };
    let support: Vec<_> = support
        .into_iter()
        .filter(|s| !strong.contains(s))
        .collect();

    let on_print = {
        let include = *print_answers;
        Callback::from(move |_| {
            crate::adapters::print::print_with_details(include);
        })
    };
    let toggle_answers = {
        let print_answers = print_answers.clone();
        Callback::from(move |_| print_answers.set(!*print_answers))
    };
    let toggle_code = {
        let print_code = print_code.clone();
        Callback::from(move |_| print_code.set(!*print_code))
    };
    let class = classes!(
        "app-result",
        print_answers.then_some("app-result--print-answers"),
        print_code.then_some("app-result--print-code")
    );
    let low: Vec<_> = support.iter().map(|s| s.sub).collect();

    // The first step: the one the person chose, or the first the rules suggest.
    let chosen = ctx
        .state
        .own_say
        .start_with_in(&next_steps)
        .filter(|_| !shared);
    let first_step = chosen.or_else(|| next_steps.first().copied());
    let own = !shared;
    let circumstance_shared = answers.iter().any(|(q, _)| is_circumstance(rules, q));
    let on_print_sheet = Callback::from(|_| crate::adapters::print::print_sheet("app-print-sheet"));

    html! {
        <div {class}>
            if shared {
                <p class="utrecht-paragraph app-tag">{ ctx.t("shared.tag") }</p>
                <h1 class="utrecht-heading-1" tabindex="-1">{ ctx.t("shared.title") }</h1>
                <p class="utrecht-paragraph">{ ctx.t("shared.intro") }</p>
                <StaffBanner made={props.info.as_ref().map(|i| i.made)} version={props.version.clone()} />
                if let Some(info) = props.info.clone() {
                    <SharedNotes {info} version={props.version.clone()} {circumstance_shared} />
                }
                if let Some(line) = older { <p class="utrecht-paragraph app-inset">{ line }</p> }
            } else {
                <BackLink to={Screen::Check} />
                <h1 class="utrecht-heading-1" tabindex="-1">{ ctx.t("result.title") }</h1>
            }
            // The first screen: help at once, the route (or no route yet), what to sort out
            // first and the one step to begin with. The rest opens section by section.
            if o.acute { <AcuteBanner steps={acute_steps} /> }
            <RouteSummary outcome={o.clone()} head=true />
            if own { <OwnSaySummary own={ctx.state.own_say.clone()} shared=false /> }
            if shared {
                <SaidBeside own={props.info.as_ref().map(|i| i.own_say.clone()).unwrap_or_default()}
                    withheld={props.info.as_ref().is_some_and(|i| i.own_say_withheld)}
                    outcome={o.clone()} first_step={next_steps.first().copied()} />
            }
            if !first.is_empty() { <SortFirst domains={first} formal={shared} /> }
            if let Some(step) = first_step { <FirstStep {step} chosen={chosen.is_some()} /> }
            if own { <TellMore /> }

            <Collapsible id="why" title={ctx.t("result.section_why")}>
                <RouteSummary outcome={o.clone()} head=false />
                <SubScoreList id="strengths" title={ctx.t(strengths_title)} subscores={strong} answers={answers.clone()} />
                <SubScoreList id="support" title={ctx.t("result.support")} subscores={support} answers={answers.clone()} />
                <SomeBarriers domains={o.some_barriers()} />
                <SubScoreList id="info" title={ctx.t("result.info")} subscores={info} plain=true answers={answers.clone()} />
            </Collapsible>
            if shared { <Conversation subs={low} /> }
            <Collapsible id="steps" title={ctx.t("result.steps_title")}>
                if !extra_help.is_empty() {
                    <h3 class="utrecht-heading-3">{ ctx.t("result.extra_help_title") }</h3>
                    <StepList steps={extra_help.clone()} formal={shared} />
                }
                <StepList steps={next_steps.clone()} formal={shared} />
                if own && next_steps.len() > 1 { <StartWith steps={next_steps.clone()} /> }
            </Collapsible>
            if own {
                <Collapsible id="own" title={ctx.t("own.section")}>
                    <FitCheck />
                    <WishChips />
                </Collapsible>
            }
            <Collapsible id="what-if" title={ctx.t("whatif.title")}>
                <WhatIf levers={top_levers.clone()} />
            </Collapsible>
            if let (false, Some(route)) = (shared, o.route) {
                <Collapsible id="plan" title={ctx.t("cards.title")}>
                    <ActionCards {route} />
                </Collapsible>
            }
            if !shared {
                <Collapsible id="work-profile" title={ctx.t("profile.section")}>
                    <p class="utrecht-paragraph">{ ctx.t("profile.section_text") }</p>
                    <div class="app-button-group">
                        <a class="utrecht-button utrecht-button--secondary-action app-button app-button--secondary" href={Screen::Profile.to_hash()}
                            onclick={ctx.send(Action::Navigate(Screen::Profile))}>{ ctx.t("profile.make") }</a>
                    </div>
                </Collapsible>
                <Collapsible id="take" title={ctx.t("result.section_take")}>
                    <ShareChoice answers={answers.clone()} />
                    if let Some(code) = (*share_code).clone() {
                        <ShareResult code={code.clone()} />
                        if ctx.state.kiosk.is_none() { <ProgressCompare {code} answers={answers.clone()} /> }
                    }
                    if can_print {
                        <div class="app-button-group app-no-print">
                            <button type="button" class="utrecht-button utrecht-button--primary-action app-button" onclick={on_print.clone()}>{ ctx.t("result.print") }</button>
                            <div class="app-checkbox">
                                <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="print-answers" checked={*print_answers} onchange={toggle_answers.clone()} />
                                <label class="utrecht-form-label" for="print-answers">{ ctx.t("result.print_answers") }</label>
                            </div>
                            // Not on a kiosk: a shared printer never gets the code of someone's answers.
                            if ctx.state.kiosk.is_none() {
                                <div class="app-checkbox">
                                    <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="print-code" checked={*print_code} onchange={toggle_code}
                                        aria-describedby="print-code-hint" />
                                    <label class="utrecht-form-label" for="print-code">{ ctx.t("result.print_code") }</label>
                                </div>
                                <p class="utrecht-paragraph app-hint" id="print-code-hint">{ ctx.t("result.print_code_hint") }</p>
                            }
                        </div>
                    }
                </Collapsible>
            }

            <p class="utrecht-paragraph app-rules-version">
                { ctx.tf("result.rules_version", &[("version", &o.rules_version)]) }{ " " }
                <a class="utrecht-link utrecht-link--html-a" href={Screen::Rules.to_hash()}>{ ctx.t("footer.rules") }</a>
            </p>
            if shared {
                <ConversationSheet info={props.info.clone()} outcome={o.clone()} version={props.version.clone()}
                    steps={o.steps.iter().copied().filter(|s| s.part() != Part::Acute).collect::<Vec<_>>()} {circumstance_shared} />
            }
            if shared && can_print {
                <div class="app-button-group app-no-print">
                    <button type="button" class="utrecht-button utrecht-button--primary-action app-button" onclick={on_print_sheet}>{ ctx.t("staff.print_sheet") }</button>
                    <button type="button" class="utrecht-button utrecht-button--secondary-action app-button app-button--secondary" onclick={on_print}>{ ctx.t("result.print") }</button>
                    <div class="app-checkbox">
                        <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="print-answers" checked={*print_answers} onchange={toggle_answers} />
                        <label class="utrecht-form-label" for="print-answers">{ ctx.t("result.print_answers") }</label>
                    </div>
                </div>
            }
            if ctx.state.kiosk.is_some() && !shared {
                // The end of a kiosk journey: hand over to staff, then wipe before walking away.
                <section class="app-kiosk-done app-no-print" aria-labelledby="kiosk-done-title">
                    <h2 class="utrecht-heading-2" id="kiosk-done-title">{ ctx.t("kiosk.done_title") }</h2>
                    <p class="utrecht-paragraph">{ ctx.t("kiosk.show_staff") }</p>
                    <button type="button" class="utrecht-button utrecht-button--primary-action app-button" onclick={ctx.send(Action::Wipe)}>{ ctx.t("kiosk.done") }</button>
                </section>
            } else {
                <div class="app-button-group app-no-print">
                    if shared {
                        <button type="button" class="utrecht-button utrecht-button--secondary-action app-button app-button--secondary" onclick={ctx.send(Action::Restart)}>
                            { ctx.t("shared.close") }
                        </button>
                    } else {
                        // Starting again wipes every answer: it asks first.
                        <ConfirmButton label="result.restart" action={Action::Restart} secondary=true />
                    }
                </div>
            }
        </div>
    }
}
