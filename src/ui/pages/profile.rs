//! The person's work profile for employers (`#/werkprofiel`): they pick from their strengths,
//! their wishes and what they want to learn, and see the page an employer gets, to print or to
//! send as a link. Made from this visit's answers under the current rules.
//!
//! Rules kept (`domain::work_profile`): only strengths in the "yes" band can be picked; the page
//! and its link never show a barrier, route or score; on a kiosk it prints only when the person
//! presses print and goes with everything else on a wipe.

use yew::prelude::*;

use crate::adapters::{clock, location};
use crate::app::{Action, Screen};
use crate::domain::code::{encode_profile, profile_fragment};
use crate::domain::rules::Rules;
use crate::domain::score::score;
use crate::domain::share::Month;
use crate::domain::work_profile::{build, offered_strengths, Learn};
use crate::ui::components::{BackLink, LinkQr, ProfileSheet, WishChips};
use crate::ui::context::use_ctx;

#[function_component(ProfilePage)]
pub fn profile_page() -> Html {
    let ctx = use_ctx();
    // Scoring runs once per answer set, not on every tick of a box.
    let outcome = use_memo(ctx.state.domain_answers(), |answers| {
        Rules::current().ok().map(|rules| score(rules, answers))
    });
    let (Ok(rules), Some(outcome)) = (Rules::current(), outcome.as_ref()) else {
        return html! { <p class="utrecht-paragraph">{ ctx.t("error.rules") }</p> };
    };
    let offered = offered_strengths(rules, outcome);
    let profile = build(
        rules,
        outcome,
        &ctx.state.own_say.wishes,
        &ctx.state.profile,
        Some(ctx.locale().code()),
        Month::from_unix_ms(clock::now()),
    );
    let link = format!(
        "{}{}",
        location::base_url(),
        profile_fragment(&encode_profile(&profile))
    );
    let can_print = ctx.state.kiosk.is_none_or(|k| k.print);
    let checkbox = |id: String, label: &str, on: bool, action: Action| {
        let dispatch = ctx.dispatch.clone();
        let onchange = Callback::from(move |_: Event| dispatch.emit(action.clone()));
        html! {
            <div class="app-checkbox">
                <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id={id.clone()} checked={on} {onchange} />
                <label class="utrecht-form-label" for={id}>{ label.to_string() }</label>
            </div>
        }
    };
    let choice = &ctx.state.profile;
    let on_print = Callback::from(|_| crate::adapters::print::print_with_details(false));
    html! {
        <div class="app-profile-page">
            <div class="app-no-print">
                <BackLink to={Screen::Result} />
                <h1 class="utrecht-heading-1" tabindex="-1">{ ctx.t("profile.title") }</h1>
                <p class="utrecht-paragraph">{ ctx.t("profile.intro") }</p>
                <p class="utrecht-paragraph app-inset">{ ctx.t("profile.never") }</p>

                <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset app-question app-profile-page__strengths">
                    <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend app-question__legend"><h2 class="utrecht-heading-2">{ ctx.t("profile.strengths_legend") }</h2></legend>
                    if offered.is_empty() {
                        <p class="utrecht-paragraph">{ ctx.t("profile.strengths_none") }</p>
                    } else {
                        <div class="app-options">
                            { for offered.iter().map(|s| checkbox(
                                format!("strength-{s}"),
                                ctx.t(&format!("profile.strength.{s}")),
                                !choice.left_out.contains(s),
                                Action::ProfileStrength(*s, choice.left_out.contains(s)),
                            )) }
                        </div>
                    }
                </fieldset>

                <h2 class="utrecht-heading-2">{ ctx.t("profile.wishes_title") }</h2>
                <WishChips />

                <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset app-question">
                    <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend app-question__legend"><h2 class="utrecht-heading-2">{ ctx.t("profile.learn_legend") }</h2></legend>
                    <div class="app-options">
                        { for Learn::ALL.iter().map(|l| checkbox(
                            format!("learn-{l}"),
                            ctx.t(&format!("profile.learn.{l}")),
                            choice.learn.contains(l),
                            Action::ProfileLearn(*l, !choice.learn.contains(l)),
                        )) }
                    </div>
                </fieldset>

                <h2 class="utrecht-heading-2">{ ctx.t("profile.support_title") }</h2>
                <div class="app-checkbox">
                    <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="profile-support" checked={choice.support} aria-describedby="profile-support-hint"
                        onchange={{
                            let dispatch = ctx.dispatch.clone();
                            let on = !choice.support;
                            Callback::from(move |_: Event| dispatch.emit(Action::ProfileSupport(on)))
                        }} />
                    <label class="utrecht-form-label" for="profile-support">{ ctx.t("profile.support_label") }</label>
                </div>
                <p class="utrecht-paragraph app-hint" id="profile-support-hint">{ ctx.t("profile.support_hint") }</p>

                <h2 class="utrecht-heading-2" id="profile-preview-title">{ ctx.t("profile.preview_title") }</h2>
            </div>
            if profile.is_empty() {
                <p class="utrecht-paragraph app-inset app-no-print">{ ctx.t("profile.empty") }</p>
            } else {
                <ProfileSheet profile={profile.clone()} />
                <div class="app-button-group app-no-print">
                    if can_print {
                        <button type="button" class="utrecht-button utrecht-button--primary-action app-button" onclick={on_print}>{ ctx.t("profile.print") }</button>
                    }
                </div>
                <section class="app-share app-no-print" aria-labelledby="profile-share-title">
                    <h2 class="utrecht-heading-2" id="profile-share-title">{ ctx.t("profile.share_title") }</h2>
                    <p class="utrecht-paragraph">{ ctx.t("profile.share_intro") }</p>
                    <LinkQr link={link} id="profile" qr_label="profile.qr_label" link_label="profile.link_label" />
                </section>
            }
        </div>
    }
}
