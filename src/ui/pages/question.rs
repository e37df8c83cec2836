use yew::prelude::*;

use crate::app::Action;
use crate::domain::bank::Feeds;
use crate::domain::bank::{self, QuestionId};
use crate::domain::rules::Rules;
use crate::domain::steps::acute_steps;
use crate::ui::components::{AcuteBanner, BackLink, ErrorSummary, RadioOption};
use crate::ui::context::use_ctx;
use crate::ui::pages::progress_text;
use crate::ui::pictograms::pictogram_for_option;

#[derive(Properties, PartialEq)]
pub struct QuestionPageProps {
    /// Position in the question list, 1-based.
    pub n: usize,
}

/// How to leave at once: the button, and on the web also Shift three times.
pub fn exit_hint_key(kiosk: bool) -> &'static str {
    if kiosk {
        "exit.explain_kiosk"
    } else {
        "exit.explain"
    }
}

/// One question: the `h1` inside the `legend`, the "why we ask" hint, native radios, and a
/// continue button that says where it goes.
#[function_component(QuestionPage)]
pub fn question_page(props: &QuestionPageProps) -> Html {
    let ctx = use_ctx();
    let state = &ctx.state;
    let n = props.n;
    if state.question_at(n) == Some(crate::app::screener::ROLES) {
        return html! { <super::checklist::ChecklistPage {n} /> };
    }
    let Some(q) = state
        .question_at(n)
        .and_then(QuestionId::parse)
        .map(bank::question)
    else {
        return html! {};
    };
    let Ok(rules) = Rules::current() else {
        return html! { <p class="utrecht-paragraph">{ ctx.t("error.rules") }</p> };
    };
    let qid = q.id.as_str();
    let chosen = state.answer(qid).map(str::to_string);
    let hint_id = format!("{qid}-hint");
    let error_id = format!("{qid}-error");
    let options = rules.options(q);
    let first_id = options
        .first()
        .map(|o| format!("{qid}-{}", o.id))
        .unwrap_or_default();
    let has_error = state.error.is_some();
    // On a kiosk with an on-device voice, each option can be read aloud on its own.
    let voices = crate::ui::hooks::use_voices(ctx.locale());
    let speak_each = state.kiosk.is_some() && voices.is_some_and(|(_, on_device)| on_device);
    // A crisis answer shows its help at once, on this page, without blocking "continue".
    let acute_now: Vec<_> = match (q.feeds, chosen.as_deref()) {
        (Feeds::Barrier(domain), Some(option))
            if rules
                .barriers
                .acute
                .iter()
                .any(|a| a.question == q.id && a.option == option) =>
        {
            acute_steps(domain).to_vec()
        }
        _ => Vec::new(),
    };
    let error_text = ctx.t("error.choose_answer");

    let back = super::back_from(state, n);
    let continue_label = super::continue_label(&ctx, n);
    let onsubmit = super::on_continue(&ctx);
    // A hint that changes how to answer is shown and describes the question; one that only
    // says why we ask waits behind "Why?".
    let shown = q.hint_shown();
    let described_by = match (shown, has_error) {
        (true, true) => format!("{hint_id} {error_id}"),
        (true, false) => hint_id.clone(),
        (false, true) => error_id.clone(),
        (false, false) => String::new(),
    };

    html! {
        <>
            <BackLink to={back} />
            if has_error {
                <ErrorSummary message={error_text} field_id={first_id.clone()} />
            }
            <p class="utrecht-paragraph app-progress">{ progress_text(state, n) }</p>
            <form novalidate=true {onsubmit}>
                <fieldset class={classes!("utrecht-form-fieldset__fieldset", "utrecht-form-fieldset--html-fieldset", "app-question", has_error.then_some("app-question--error"))}
                    aria-describedby={(!described_by.is_empty()).then_some(described_by)}>
                    <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend app-question__legend">
                        <h1 class="utrecht-heading-1" tabindex="-1">{ ctx.t(&q.text_key()) }</h1>
                    </legend>
                    if shown {
                        <p class="utrecht-paragraph app-question__hint" id={hint_id}>{ ctx.t(&q.why_key()) }</p>
                    } else {
                        <details class="app-question__why">
                            <summary>{ ctx.t("question.why_summary") }</summary>
                            <p class="utrecht-paragraph" id={hint_id}>{ ctx.t(&q.why_key()) }</p>
                        </details>
                    }
                    if has_error {
                        <p class="utrecht-paragraph app-question__error" id={error_id}>
                            <span class="app-visually-hidden">{ ctx.t("error.prefix") }</span>
                            { error_text }
                        </p>
                    }
                    <div class="app-options">
                        { for options.iter().map(|o| {
                            let dispatch = ctx.dispatch.clone();
                            let (question, option) = (qid.to_string(), o.id.clone());
                            let label = ctx.t(&format!("opt.{}", o.label)).to_string();
                            let locale = ctx.locale();
                            let speak = speak_each.then(|| {
                                let text = label.clone();
                                (
                                    Callback::from(move |_| crate::adapters::speech::speak(&text, locale, true)),
                                    AttrValue::from(ctx.tf("speech.read_option", &[("option", &label)])),
                                )
                            });
                            let onchange = Callback::from(move |_| dispatch.emit(
                                Action::Choose { question: question.clone(), option: option.clone() }));
                            html! {
                                <RadioOption id={format!("{qid}-{}", o.id)} name={qid} value={o.id.clone()}
                                    label={ctx.t(&format!("opt.{}", o.label))}
                                    checked={chosen.as_deref() == Some(o.id.as_str())}
                                    aside={o.value.is_none()} picto={pictogram_for_option(&o.label)}
                                    {onchange} {speak} />
                            }
                        }) }
                    </div>
                </fieldset>
                <div aria-live="polite">
                    if !acute_now.is_empty() {
                        <AcuteBanner steps={acute_now} title="question.acute_title" intro="question.acute_intro" id="acute-now" />
                    }
                </div>
                <div class="app-button-group">
                    <button type="submit" class="utrecht-button utrecht-button--primary-action app-button">{ continue_label }</button>
                </div>
                // Where someone may be watched: how to leave at once, said once.
                if q.id == crate::domain::bank::QuestionId::OSafetyHome {
                    <p class="utrecht-paragraph app-inset app-quick-exit-hint">{ ctx.t(exit_hint_key(ctx.state.kiosk.is_some())) }</p>
                }
            </form>
        </>
    }
}
