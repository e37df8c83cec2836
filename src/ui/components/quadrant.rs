use yew::prelude::*;

use crate::domain::outcome::{Outcome, RouteCode};
use crate::i18n::Direction;
use crate::ui::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct QuadrantProps {
    pub outcome: Outcome,
}

/// The two axes as a picture: four equally named routes in a grid, the person's route marked
/// "You are here" in words and with a border (never by colour alone), a dot at the two scores,
/// and a caption that says the same in a sentence.
#[function_component(Quadrant)]
pub fn quadrant(props: &QuadrantProps) -> Html {
    let ctx = use_ctx();
    let o = &props.outcome;
    // Reading order: drive on top, more "can already do" towards the inline end.
    let cells = [RouteCode::B, RouteCode::A, RouteCode::D, RouteCode::C];
    let cell = |code: &RouteCode| {
        let here = Some(*code) == o.route;
        let also = o.neighbour_routes.contains(code);
        let class = classes!(
            "app-quadrant__cell",
            here.then_some("app-quadrant__cell--here"),
            also.then_some("app-quadrant__cell--also")
        );
        html! {
            <li {class} aria-current={here.then_some("true")}>
                <span class="app-quadrant__name">{ ctx.t(&format!("route.{code}.name")) }</span>
                if here { <strong class="app-quadrant__tag">{ ctx.t("result.you_are_here") }</strong> }
                if also { <span class="app-quadrant__tag">{ ctx.t("result.also_fits") }</span> }
            </li>
        }
    };
    // The dot is an SVG circle: its position is an attribute, so the strict CSP (no inline
    // styles) holds. Inline direction mirrors for right-to-left languages.
    let pos = |score: Option<u8>| u32::from(score.map(|s| s.min(100)).unwrap_or(50));
    let x = match ctx.locale().direction() {
        Direction::Ltr => pos(o.kunnen.score),
        Direction::Rtl => 100 - pos(o.kunnen.score),
    };
    let y = 100 - pos(o.willen.score);
    html! {
        <figure class="app-quadrant">
            <div class="app-quadrant__frame">
                <span class="app-quadrant__axis app-quadrant__axis--willen" aria-hidden="true">
                    { ctx.t("axis.willen") }{ " ↑" }
                </span>
                <div class="app-quadrant__plot">
                    <ul class="app-quadrant__grid">{ for cells.iter().map(cell) }</ul>
                    <svg class="app-quadrant__marker" aria-hidden="true" focusable="false">
                        <circle cx={format!("{x}%")} cy={format!("{y}%")} r="9" />
                    </svg>
                </div>
                <span class="app-quadrant__axis app-quadrant__axis--kunnen" aria-hidden="true">
                    { ctx.t("axis.kunnen") }<span class="app-quadrant__arrow">{ " →" }</span>
                </span>
            </div>
            <figcaption class="app-quadrant__caption">{ caption(&ctx, o) }</figcaption>
        </figure>
    }
}

fn caption(ctx: &crate::ui::Ctx, o: &Outcome) -> String {
    let axis = |key: &str, score: Option<u8>| match score {
        Some(s) => ctx.tf(
            "result.axis_score",
            &[("axis", ctx.t(key)), ("score", &s.to_string())],
        ),
        None => ctx.tf("result.axis_unknown", &[("axis", ctx.t(key))]),
    };
    ctx.tf(
        "result.quadrant_caption",
        &[
            ("willen", &axis("axis.willen", o.willen.score)),
            ("kunnen", &axis("axis.kunnen", o.kunnen.score)),
            ("route", ctx.t(&format!("route.{}.name", o.outcome_id()))),
        ],
    )
}
