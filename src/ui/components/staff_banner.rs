//! The staff banner on a brought-along result: what the klantmanager may and may not do with it,
//! and when the code was made. Shown first, before the route.
//!
//! Rule kept (issue 19, DOMAIN.md): the result is the person's own account, a start for the
//! conversation; it is no basis for a benefit decision, a measure or a language requirement, and
//! its route is not copied into the client file.

use yew::prelude::*;

use crate::adapters::clock;
use crate::domain::share::Month;
use crate::ui::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct StaffBannerProps {
    /// When the code was made (share codes carry the month; older codes do not).
    pub made: Option<Month>,
    /// The rules version the code names.
    pub version: AttrValue,
}

/// "Gemaakt in november 2026, met de regels van 2027.2.", or that the code does not say when.
pub fn made_line(ctx: &crate::ui::Ctx, made: Option<Month>, version: &str) -> String {
    match made {
        Some(m) => ctx.tf(
            "shared.made",
            &[
                (
                    "month",
                    &clock::format_month(m.year(), m.month(), ctx.locale()),
                ),
                ("version", version),
            ],
        ),
        None => ctx.tf("staff.made_unknown", &[("version", version)]),
    }
}

#[function_component(StaffBanner)]
pub fn staff_banner(props: &StaffBannerProps) -> Html {
    let ctx = use_ctx();
    let made = made_line(&ctx, props.made, &props.version);
    html! {
        <section class="app-staff-banner" aria-labelledby="staff-banner-title">
            <h2 id="staff-banner-title" class="utrecht-heading-2 app-staff-banner__title">{ ctx.t("staff.title") }</h2>
            <ul class="app-staff-banner__list">
                <li>{ ctx.t("staff.own_account") }</li>
                <li>{ ctx.t("staff.not_for") }</li>
                <li>{ ctx.t("staff.no_copy") }</li>
            </ul>
            <p class="utrecht-paragraph app-staff-banner__made">{ made }</p>
        </section>
    }
}
