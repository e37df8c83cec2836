//! The checklist of circumstances (rules 2027.2): "what plays a role right now?", native
//! checkboxes, one row per circumstance, and under each ticked one "this weighs heavily right
//! now". "None of these" and "I'd rather not say" are exclusive; continuing without any choice
//! says so, as every question page does.

use yew::prelude::*;

use crate::app::{screener, Action, FormError};
use crate::domain::rules::Rules;
use crate::ui::components::{BackLink, ErrorSummary};
use crate::ui::context::use_ctx;
use crate::ui::pages::progress_text;
use crate::ui::pictograms::{pictogram_for_domain, pictogram_for_option};

#[derive(Properties, PartialEq)]
pub struct ChecklistPageProps {
    /// Position in the list of pages, 1-based.
    pub n: usize,
}

#[function_component(ChecklistPage)]
pub fn checklist_page(props: &ChecklistPageProps) -> Html {
    let ctx = use_ctx();
    let state = &ctx.state;
    let n = props.n;
    let Ok(rules) = Rules::current() else {
        return html! { <p class="utrecht-paragraph">{ ctx.t("error.rules") }</p> };
    };
    let qs = state.screened();
    let answers = &state.answers;
    let has_error = state.error == Some(FormError::NothingTicked);
    let error_text = ctx.t("error.choose_ticks");
    let first_id = qs.first().map(|q| format!("roles-{q}")).unwrap_or_default();
    let back = super::back_from(state, n);
    let continue_label = super::continue_label(&ctx, n);
    let onsubmit = super::on_continue(&ctx);
    let described_by = if has_error {
        "roles-hint roles-error"
    } else {
        "roles-hint"
    };
    let on = |action: Action| {
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |_: Event| dispatch.emit(action.clone()))
    };
    // "None of these" and "I'd rather not say": each clears the boxes, and undoes itself.
    let exclusive = |id: &'static str, checked: bool, action: Action, picto: &str, key: &str| {
        html! {
            <div class="app-radio app-radio--aside">
                <input class="utrecht-checkbox utrecht-checkbox--html-input app-radio__input" type="checkbox" {id} {checked} onchange={on(action)} />
                <label class="utrecht-form-label app-radio__label" for={id}>
                    { pictogram_for_option(picto).unwrap_or_default() }
                    <span class="app-radio__text">{ ctx.t(key) }</span>
                </label>
            </div>
        }
    };
    let none = screener::none_of_these(rules, answers, &qs);
    let rather_not = screener::rather_not(answers, &qs);
    let row = |q: crate::domain::QuestionId| {
        let ticked = screener::ticked(rules, answers, q);
        let heavy = screener::heavy(rules, answers, q);
        let label = ctx.t(&screener::label_key(q));
        let picto = match crate::domain::bank::question(q).feeds {
            crate::domain::bank::Feeds::Barrier(d) => pictogram_for_domain(d),
            _ => Html::default(),
        };
        let tick = {
            let dispatch = ctx.dispatch.clone();
            let question = q.as_str().to_string();
            Callback::from(move |_| {
                dispatch.emit(Action::Tick {
                    question: question.clone(),
                    heavy: false,
                    on: !ticked,
                })
            })
        };
        let tick_heavy = {
            let dispatch = ctx.dispatch.clone();
            let question = q.as_str().to_string();
            Callback::from(move |_| {
                dispatch.emit(Action::Tick {
                    question: question.clone(),
                    heavy: true,
                    on: !heavy,
                })
            })
        };
        html! {
            <div class="app-check-option">
                <div class="app-radio">
                    <input class="utrecht-checkbox utrecht-checkbox--html-input app-radio__input" type="checkbox" id={format!("roles-{q}")}
                        name="roles" value={q.as_str()} checked={ticked} onchange={tick} />
                    <label class="utrecht-form-label app-radio__label" for={format!("roles-{q}")}>{ picto }<span class="app-radio__text">{ label }</span></label>
                </div>
                if ticked {
                    <div class="app-radio app-check-option__reveal">
                        <input class="utrecht-checkbox utrecht-checkbox--html-input app-radio__input" type="checkbox" id={format!("heavy-{q}")}
                            checked={heavy} onchange={tick_heavy} />
                        <label class="utrecht-form-label app-radio__label" for={format!("heavy-{q}")}>
                            { pictogram_for_option("role3.a_lot").unwrap_or_default() }
                            <span class="app-radio__text">
                                { ctx.t("screener.heavy") }
                                <span class="app-visually-hidden">{ format!(": {label}") }</span>
                            </span>
                        </label>
                    </div>
                }
            </div>
        }
    };
    html! {
        <>
            <BackLink to={back} />
            if has_error {
                <ErrorSummary message={error_text} field_id={first_id} />
            }
            <p class="utrecht-paragraph app-progress">{ progress_text(state, n) }</p>
            <form novalidate=true {onsubmit}>
                <fieldset class={classes!("utrecht-form-fieldset__fieldset", "utrecht-form-fieldset--html-fieldset", "app-question", has_error.then_some("app-question--error"))}
                    aria-describedby={described_by}>
                    <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend app-question__legend">
                        <h1 class="utrecht-heading-1" tabindex="-1">{ ctx.t("screener.roles.text") }</h1>
                    </legend>
                    <p class="utrecht-paragraph app-question__hint" id="roles-hint">{ ctx.t("screener.roles.why") }</p>
                    if has_error {
                        <p class="utrecht-paragraph app-question__error" id="roles-error">
                            <span class="app-visually-hidden">{ ctx.t("error.prefix") }</span>
                            { error_text }
                        </p>
                    }
                    <div class="app-options">
                        { for qs.iter().map(|q| row(*q)) }
                        <p class="utrecht-paragraph app-options__or">{ ctx.t("screener.or") }</p>
                        { exclusive("roles-none", none, Action::TickNone, "role3.no", "screener.none") }
                        { exclusive("roles-rather-not", rather_not, Action::TickRatherNot, "rather_not", "opt.rather_not") }
                    </div>
                </fieldset>
                <div class="app-button-group">
                    <button type="submit" class="utrecht-button utrecht-button--primary-action app-button">{ continue_label }</button>
                </div>
            </form>
        </>
    }
}
