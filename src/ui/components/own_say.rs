//! The person's own say on the result: what they want from work (chips, native checkboxes),
//! which step they want to start with (native radios), and "klopt dit?" with a chosen reason.
//! Shown beside the computed picture and never mixed into it (`domain::own_say`).

use yew::prelude::*;

use crate::app::Action;
use crate::domain::own_say::{Fit, FitReason, OwnSay, Wish, WishGroup};
use crate::domain::steps::StepId;
use crate::ui::context::use_ctx;

/// What the person wants from work: a few chips per group.
#[function_component(WishChips)]
pub fn wish_chips() -> Html {
    let ctx = use_ctx();
    let wishes = &ctx.state.own_say.wishes;
    let group = |g: WishGroup| {
        html! {
            <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset app-chips">
                <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend app-chips__legend">{ ctx.t(&format!("own.group.{g}")) }</legend>
                <div class="app-chips__list">
                    { for Wish::ALL.iter().filter(|w| w.group() == g).map(|w| {
                        let on = wishes.contains(w);
                        let id = format!("wish-{w}");
                        let dispatch = ctx.dispatch.clone();
                        let wish = *w;
                        let onchange = Callback::from(move |_: Event| dispatch.emit(Action::Wish(wish, !on)));
                        html! {
                            <span class="app-chip">
                                <input class="app-chip__input" type="checkbox" id={id.clone()} checked={on} {onchange} />
                                <label class="utrecht-form-label app-chip__label" for={id}>{ ctx.t(&format!("own.wish.{w}")) }</label>
                            </span>
                        }
                    }) }
                </div>
            </fieldset>
        }
    };
    html! {
        <div class="app-own-wishes">
            <p class="utrecht-paragraph">{ ctx.t("own.wishes_intro") }</p>
            { for WishGroup::ALL.iter().map(|g| group(*g)) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct StartWithProps {
    pub steps: Vec<StepId>,
}

/// "Waar wil je mee beginnen?": one of the person's own steps, or none.
#[function_component(StartWith)]
pub fn start_with(props: &StartWithProps) -> Html {
    let ctx = use_ctx();
    let chosen = ctx.state.own_say.start_with_in(&props.steps);
    let radio = |value: Option<StepId>, label: AttrValue| {
        let id = format!("start-{}", value.map_or("none", StepId::as_str));
        let dispatch = ctx.dispatch.clone();
        let onchange = Callback::from(move |_: Event| dispatch.emit(Action::StartWith(value)));
        html! {
            <div class="app-radio">
                <input class="utrecht-radio-button utrecht-radio-button--html-input app-radio__input" type="radio" name="start-with" id={id.clone()}
                    checked={chosen == value} {onchange} />
                <label class="utrecht-form-label app-radio__label" for={id}>{ label }</label>
            </div>
        }
    };
    html! {
        <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset app-question app-start-with">
            <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend app-question__legend"><h3 class="utrecht-heading-3">{ ctx.t("own.start_with") }</h3></legend>
            <div class="app-options">
                { for props.steps.iter().map(|s| radio(Some(*s), ctx.t(&format!("step.{s}.title")).into())) }
                { radio(None, ctx.t("own.start_with_none").into()) }
            </div>
        </fieldset>
    }
}

/// "Klopt dit?": yes, or not quite with a reason. The person's answer stands beside the picture.
#[function_component(FitCheck)]
pub fn fit_check() -> Html {
    let ctx = use_ctx();
    let fit = ctx.state.own_say.fit;
    let set = |f: Option<Fit>| {
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |_: Event| dispatch.emit(Action::Fit(f)))
    };
    let not_quite = matches!(fit, Some(Fit::No { .. }));
    let reason = match fit {
        Some(Fit::No { reason }) => reason,
        _ => None,
    };
    html! {
        <div class="app-fit">
            <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset app-question">
                <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend app-question__legend"><h3 class="utrecht-heading-3">{ ctx.t("own.fit_question") }</h3></legend>
                <div class="app-options">
                    <div class="app-radio">
                        <input class="utrecht-radio-button utrecht-radio-button--html-input app-radio__input" type="radio" name="fit" id="fit-yes"
                            checked={fit == Some(Fit::Yes)} onchange={set(Some(Fit::Yes))} />
                        <label class="utrecht-form-label app-radio__label" for="fit-yes">{ ctx.t("own.fit_yes") }</label>
                    </div>
                    <div class="app-radio">
                        <input class="utrecht-radio-button utrecht-radio-button--html-input app-radio__input" type="radio" name="fit" id="fit-no"
                            checked={not_quite} onchange={set(Some(Fit::No { reason }))} />
                        <label class="utrecht-form-label app-radio__label" for="fit-no">{ ctx.t("own.fit_no") }</label>
                    </div>
                </div>
            </fieldset>
            if not_quite {
                <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset app-question app-fit__reasons">
                    <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend app-question__legend"><h3 class="utrecht-heading-3">{ ctx.t("own.fit_why") }</h3></legend>
                    <div class="app-options">
                        { for FitReason::ALL.iter().map(|r| {
                            let id = format!("fit-{r}");
                            html! {
                                <div class="app-radio">
                                    <input class="utrecht-radio-button utrecht-radio-button--html-input app-radio__input" type="radio" name="fit-reason" id={id.clone()}
                                        checked={reason == Some(*r)} onchange={set(Some(Fit::No { reason: Some(*r) }))} />
                                    <label class="utrecht-form-label app-radio__label" for={id}>{ ctx.t(&format!("own.reason.{r}")) }</label>
                                </div>
                            }
                        }) }
                    </div>
                </fieldset>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct OwnSaySummaryProps {
    pub own: OwnSay,
    /// In a brought-along result: said of "the person", not "you".
    pub shared: bool,
}

/// What the person said themselves, as sentences: whether the picture fits, what they look for,
/// and (shared) where they want to start. Empty when they said nothing.
pub fn own_say_lines(ctx: &crate::ui::Ctx, own: &OwnSay, shared: bool) -> Vec<String> {
    let key = |k: &str| {
        if shared {
            format!("shared.{k}")
        } else {
            format!("own.{k}")
        }
    };
    let wishes = own
        .wishes
        .iter()
        .map(|w| ctx.t(&format!("own.wish.{w}")))
        .collect::<Vec<_>>()
        .join(", ");
    let fit = own.fit.map(|f| match f {
        Fit::Yes => ctx.t(&key("said_fits")).to_string(),
        Fit::No { reason: None } => ctx.t(&key("said_not_quite")).to_string(),
        Fit::No { reason: Some(r) } => ctx.tf(
            &key("said_not_quite_because"),
            &[("reason", ctx.t(&format!("own.reason.{r}")))],
        ),
    });
    // On the person's own result the chosen step is "Hiermee wil je beginnen"; shared, it is said here.
    let start = own.start_with.filter(|_| shared).map(|s| {
        ctx.tf(
            "shared.said_start",
            &[("step", ctx.t(&format!("step.{s}.title")))],
        )
    });
    let wishes = (!wishes.is_empty()).then(|| ctx.tf(&key("said_wishes"), &[("wishes", &wishes)]));
    [fit, wishes, start].into_iter().flatten().collect()
}

/// What the person said themselves, under the route: never changing it.
#[function_component(OwnSaySummary)]
pub fn own_say_summary(props: &OwnSaySummaryProps) -> Html {
    let ctx = use_ctx();
    let lines = own_say_lines(&ctx, &props.own, props.shared);
    if lines.is_empty() {
        return html! {};
    }
    let title = if props.shared {
        "shared.said_title"
    } else {
        "own.said_title"
    };
    html! {
        <div class="app-inset app-own-say" aria-labelledby="own-say-title">
            <h3 class="utrecht-heading-3" id="own-say-title">{ ctx.t(title) }</h3>
            { for lines.into_iter().map(|l| html! { <p class="utrecht-paragraph">{ l }</p> }) }
        </div>
    }
}
