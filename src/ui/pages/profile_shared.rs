//! A work profile opened from its link (`#/w/<code>`): what an employer sees. Decoded on this
//! device; a mangled link gets a clear message, never a wrong profile. A second language the
//! profile names is fetched by the sheet itself (`ProfileSheet`).

use yew::prelude::*;

use crate::app::{Action, Screen};
use crate::domain::code::decode_profile;
use crate::ui::components::ProfileSheet;
use crate::ui::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct ProfileSharedPageProps {
    pub code: AttrValue,
}

#[function_component(ProfileSharedPage)]
pub fn profile_shared_page(props: &ProfileSharedPageProps) -> Html {
    let ctx = use_ctx();
    let read = decode_profile(&props.code);
    let to_start = html! {
        <div class="app-button-group app-no-print">
            <a class="utrecht-button utrecht-button--secondary-action app-button app-button--secondary" href={Screen::Start.to_hash()} onclick={ctx.send(Action::Navigate(Screen::Start))}>
                { ctx.t("profile.shared.to_start") }
            </a>
        </div>
    };
    match read {
        Ok(profile) => html! {
            <div class="app-profile-page">
                <div class="app-no-print">
                    <p class="utrecht-paragraph app-tag">{ ctx.t("profile.shared.tag") }</p>
                    <h1 class="utrecht-heading-1" tabindex="-1">{ ctx.t("profile.shared.title") }</h1>
                    <p class="utrecht-paragraph">{ ctx.t("profile.shared.intro") }</p>
                </div>
                <ProfileSheet {profile} />
                <div class="app-button-group app-no-print">
                    <button type="button" class="utrecht-button utrecht-button--primary-action app-button" onclick={Callback::from(|_| crate::adapters::print::print_with_details(false))}>
                        { ctx.t("profile.print") }
                    </button>
                </div>
                { to_start }
            </div>
        },
        Err(e) => html! {
            <>
                <h1 class="utrecht-heading-1" tabindex="-1">{ ctx.t("profile.shared.bad_title") }</h1>
                <p class="utrecht-paragraph">{ ctx.t(e.key()) }</p>
                <p class="utrecht-paragraph">{ ctx.t("profile.shared.bad_help") }</p>
                { to_start }
            </>
        },
    }
}
