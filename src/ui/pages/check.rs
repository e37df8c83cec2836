use yew::prelude::*;

use crate::app::{screener, Action, Screen};
use crate::domain::bank::{self, QuestionId};
use crate::domain::ids::Layer;
use crate::domain::rules::Rules;
use crate::ui::components::BackLink;
use crate::ui::context::use_ctx;

/// Check your answers, grouped by part (what you want, what you can, what plays a role), each
/// with a change link that comes back to its own row; the result button at the top and bottom.
#[function_component(CheckPage)]
pub fn check_page() -> Html {
    let ctx = use_ctx();
    let state = &ctx.state;
    let rules = Rules::current().ok();
    let asked = state.asked();
    // One row: the question, the answer, and a change link back to page `n`.
    let summary_row = |n: usize, question_text: &str, answer: &str| {
        html! {
            <div class="app-summary__row">
                <dt class="app-summary__key">{ question_text.to_string() }</dt>
                <dd class="app-summary__value">{ answer.to_string() }</dd>
                <dd class="app-summary__action">
                    <a class="utrecht-link utrecht-link--html-a" id={format!("check-change-{n}")} href={Screen::Question(n).to_hash()} onclick={ctx.send(Action::Change(n))}>
                        { ctx.t("check.change") }
                        <span class="app-visually-hidden">{ format!(": {question_text}") }</span>
                    </a>
                </dd>
            </div>
        }
    };
    let row = |n: usize, q: &'static bank::Question| {
        let answer = state.answer(q.id.as_str()).and_then(|a| {
            let opts = rules?.options(q);
            let o = opts.into_iter().find(|o| o.id == a)?;
            Some(ctx.t(&format!("opt.{}", o.label)))
        });
        summary_row(
            n,
            ctx.t(&q.text_key()),
            answer.unwrap_or(ctx.t("check.not_answered")),
        )
    };
    // The checklist is one row: what was ticked (and what weighs heavily), or the choice made.
    let checklist_row = |n: usize| {
        let qs = state.screened();
        let answer = rules.map(|r| {
            if screener::rather_not(&state.answers, &qs) {
                ctx.t("opt.rather_not").to_string()
            } else if screener::none_of_these(r, &state.answers, &qs) {
                ctx.t("screener.none").to_string()
            } else if !screener::roles_answered(&state.answers, &qs) {
                ctx.t("check.not_answered").to_string()
            } else {
                qs.iter()
                    .filter(|q| screener::ticked(r, &state.answers, **q))
                    .map(|q| {
                        let label = ctx.t(&screener::label_key(*q));
                        if screener::heavy(r, &state.answers, *q) {
                            ctx.tf("check.heavy", &[("topic", label)])
                        } else {
                            label.to_string()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        });
        summary_row(n, ctx.t("screener.roles.text"), &answer.unwrap_or_default())
    };
    let part = |layer: Layer| {
        let rows: Vec<Html> = asked
            .iter()
            .enumerate()
            .filter_map(|(i, qid)| {
                if *qid == screener::ROLES {
                    return (layer == Layer::Omstandigheden).then(|| checklist_row(i + 1));
                }
                let q = bank::question(QuestionId::parse(qid)?);
                (q.layer() == layer).then(|| row(i + 1, q))
            })
            .collect();
        if rows.is_empty() {
            return html! {};
        }
        let id = format!("check-part-{layer}");
        html! {
            <section class="app-check-part" aria-labelledby={id.clone()}>
                <h2 class="utrecht-heading-2" {id}>{ ctx.t(&format!("layer.{layer}")) }</h2>
                <dl class="app-summary">{ for rows }</dl>
            </section>
        }
    };
    let show_result = || {
        html! {
            <div class="app-button-group">
                <button type="button" class="utrecht-button utrecht-button--primary-action app-button" onclick={ctx.send(Action::ShowResult)}>
                    { ctx.t("check.show_result") }
                </button>
            </div>
        }
    };
    let back = Screen::Question(state.total().max(1));
    html! {
        <>
            <BackLink to={back} />
            <h1 class="utrecht-heading-1" tabindex="-1">{ ctx.t("check.title") }</h1>
            <p class="utrecht-paragraph">{ ctx.t("check.intro") }</p>
            { show_result() }
            { for Layer::ALL.iter().map(|l| part(*l)) }
            { show_result() }
        </>
    }
}
