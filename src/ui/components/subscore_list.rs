use yew::prelude::*;

use crate::domain::answers::Answers;
use crate::domain::bank::question;
use crate::domain::outcome::SubScore;
use crate::domain::rules::Rules;
use crate::i18n::Direction;
use crate::ui::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct SubScoreListProps {
    pub id: AttrValue,
    pub title: AttrValue,
    pub subscores: Vec<SubScore>,
    /// Shown for the conversation only: no band words and no bar.
    #[prop_or_default]
    pub plain: bool,
    /// The answers behind the sub-scores (the person's own, or a brought-along code's).
    pub answers: Answers,
}

/// A group of sub-scores, each in words and as a number, with a "Why?" that opens the answers
/// behind it.
#[function_component(SubScoreList)]
pub fn subscore_list(props: &SubScoreListProps) -> Html {
    let ctx = use_ctx();
    let Ok(rules) = Rules::current() else {
        return html! {};
    };
    if props.subscores.is_empty() {
        return html! {};
    }
    let title_id = format!("{}-title", props.id);
    html! {
        <section class="app-subscores" aria-labelledby={title_id.clone()}>
            <h3 class="utrecht-heading-3" id={title_id}>{ props.title.clone() }</h3>
            <ul class="app-subscores__list">
                { for props.subscores.iter().map(|s| item(&ctx, rules, &props.answers, s, props.plain)) }
            </ul>
        </section>
    }
}

/// A bar for a sub-score (decorative: the words and number carry it). SVG attributes, not inline
/// styles, so the strict CSP holds; it fills from the inline start in either direction.
fn meter(ctx: &crate::ui::Ctx, value: u8) -> Html {
    let v = value.min(100);
    let x = match ctx.locale().direction() {
        Direction::Ltr => 0,
        Direction::Rtl => 100 - v,
    };
    html! {
        <svg class="app-meter" aria-hidden="true" focusable="false">
            <rect class="app-meter__fill" x={format!("{x}%")} y="0" width={format!("{v}%")} height="100%" />
        </svg>
    }
}

fn item(ctx: &crate::ui::Ctx, rules: &Rules, given: &Answers, s: &SubScore, plain: bool) -> Html {
    let band = match s.score {
        Some(v) if v >= rules.bands.yes_from => "sub_band.yes",
        Some(v) if v >= rules.bands.partly_from => "sub_band.partly",
        Some(_) => "sub_band.not_yet",
        None => "sub_band.unknown",
    };
    let number = s
        .score
        .map(|v| ctx.tf("result.out_of_100", &[("score", &v.to_string())]))
        .unwrap_or_default();
    let answers = s.questions.iter().map(|qid| {
        let q = question(*qid);
        let chosen = given.get(*qid).unwrap_or_default();
        let label = rules
            .options(q)
            .into_iter()
            .find(|o| o.id == chosen)
            .map(|o| ctx.t(&format!("opt.{}", o.label)))
            .unwrap_or(ctx.t("check.not_answered"));
        html! {
            <li>
                <span class="app-subscores__question">{ ctx.t(&q.text_key()) }</span>
                { " " }<strong>{ label }</strong>
            </li>
        }
    });
    html! {
        <li class="app-subscores__item">
            <div class="app-subscores__head">
                <span class="app-subscores__name">{ ctx.t(&format!("sub.{}.name", s.sub)) }</span>
                if !plain {
                    <span class="app-subscores__band">{ ctx.t(band) }{ " " }<small>{ number }</small></span>
                }
            </div>
            if let (false, Some(v)) = (plain, s.score) { { meter(ctx, v) } }
            <details class="app-why">
                <summary>{ ctx.t("result.why") }</summary>
                if s.questions.is_empty() {
                    <p class="utrecht-paragraph">{ ctx.t("result.why_none") }</p>
                } else {
                    <p class="utrecht-paragraph">{ ctx.t("result.why_intro") }</p>
                    <ul class="app-why__answers">{ for answers }</ul>
                }
            </details>
        </li>
    }
}
