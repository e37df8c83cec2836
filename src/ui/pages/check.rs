use yew::prelude::*;

use crate::app::{Action, Screen};
use crate::domain::bank::{self, QuestionId};
use crate::domain::rules::Rules;
use crate::ui::components::BackLink;
use crate::ui::context::use_ctx;

/// Check your answers: every question with its answer and a change link that comes back here.
#[function_component(CheckPage)]
pub fn check_page() -> Html {
    let ctx = use_ctx();
    let state = &ctx.state;
    let rules = Rules::builtin().ok();
    let asked = state.asked();
    let rows = asked.iter().enumerate().filter_map(|(i, qid)| {
        let q = bank::question(QuestionId::parse(qid)?);
        let answer = state.answer(qid).and_then(|a| {
            let opts = rules?.options(q);
            let o = opts.into_iter().find(|o| o.id == a)?;
            Some(ctx.t(&format!("opt.{}", o.label)))
        });
        let n = i + 1;
        let question_text = ctx.t(&q.text_key());
        Some(html! {
            <div class="app-summary__row">
                <dt class="app-summary__key">{ question_text }</dt>
                <dd class="app-summary__value">{ answer.unwrap_or(ctx.t("check.not_answered")) }</dd>
                <dd class="app-summary__action">
                    <a href={Screen::Question(n).to_hash()} onclick={ctx.send(Action::Change(n))}>
                        { ctx.t("check.change") }
                        <span class="app-visually-hidden">{ format!(": {question_text}") }</span>
                    </a>
                </dd>
            </div>
        })
    });
    let back = Screen::Question(state.total().max(1));
    html! {
        <>
            <BackLink to={back} />
            <h1 tabindex="-1">{ ctx.t("check.title") }</h1>
            <p>{ ctx.t("check.intro") }</p>
            <dl class="app-summary">{ for rows }</dl>
            <div class="app-button-group">
                <button type="button" class="app-button" onclick={ctx.send(Action::ShowResult)}>
                    { ctx.t("check.show_result") }
                </button>
            </div>
        </>
    }
}
