//! The work profile as an employer reads it: one A4 page, in Dutch and, where the person reads
//! another language, that language beside it (each column with its own `lang` and `dir`).
//!
//! Rule kept (`domain::work_profile`): it shows what the person is good at, looks for and wants
//! to learn, and, if they chose, the support any employer can get. It has nothing to show a
//! barrier, route or score with: its input is a [`WorkProfile`].

use yew::prelude::*;

use crate::adapters::{catalog_loader, clock};
use crate::domain::own_say::WishGroup;
use crate::domain::work_profile::{EmployerSupport, WorkProfile};
use crate::i18n::{self, Catalog, Locale};
use crate::ui::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct ProfileSheetProps {
    pub profile: WorkProfile,
}

/// When the second language's texts are not here yet (an employer's browser in Dutch), they are
/// fetched from our own origin and the column appears once they arrive; until then, or if they
/// cannot come, the Dutch column stands alone.
#[function_component(ProfileSheet)]
pub fn profile_sheet(props: &ProfileSheetProps) -> Html {
    let ctx = use_ctx();
    let wanted = props
        .profile
        .language
        .and_then(Locale::from_code)
        .filter(|l| *l != Locale::Nl);
    let arrived = use_state(|| 0u32);
    {
        let arrived = arrived.clone();
        let keep = ctx.state.kiosk.is_none();
        use_effect_with(wanted, move |wanted| {
            if let Some(l) = wanted.filter(|l| !Catalog::is_available(*l)) {
                wasm_bindgen_futures::spawn_local(async move {
                    match catalog_loader::load(l, keep).await {
                        Ok(()) => arrived.set(*arrived + 1),
                        Err(e) => catalog_loader::report(l, &e),
                    }
                });
            }
        });
    }
    let second = wanted.filter(|l| Catalog::is_available(*l));
    let class = classes!(
        "app-profile-sheet",
        second.is_some().then_some("app-profile-sheet--two")
    );
    html! {
        <article class={class} aria-labelledby="profile-sheet-title-nl">
            { column(&props.profile, Locale::Nl) }
            if let Some(l) = second { { column(&props.profile, l) } }
        </article>
    }
}

/// The whole profile in one language.
fn column(p: &WorkProfile, locale: Locale) -> Html {
    let t = |key: &str| i18n::shown_in(locale, i18n::t(locale, key).to_string());
    let code = locale.code();
    let month = clock::format_month(p.made.year(), p.made.month(), locale);
    let list = |items: Vec<String>| {
        html! { <ul class="app-profile-sheet__list">{ for items.into_iter().map(|i| html! { <li>{ i }</li> }) }</ul> }
    };
    let groups: Vec<Html> = WishGroup::ALL
        .iter()
        .filter_map(|g| {
            let wishes = p.wishes_in(*g);
            (!wishes.is_empty()).then(|| {
                let words: Vec<String> = wishes
                    .iter()
                    .map(|w| t(&format!("own.wish.{w}")))
                    .collect();
                html! {
                    <p class="utrecht-paragraph"><strong>{ t(&format!("own.group.{g}")) }{ ": " }</strong>{ words.join(", ") }</p>
                }
            })
        })
        .collect();
    html! {
        <section class="app-profile-sheet__column" lang={code} dir={locale.direction().as_str()}>
            <h2 id={format!("profile-sheet-title-{code}")} class="utrecht-heading-2 app-profile-sheet__title">{ t("profile.sheet.title") }</h2>
            <p class="utrecht-paragraph app-profile-sheet__write">{ t("profile.sheet.name") }</p>
            if !p.strengths.is_empty() {
                <h3 class="utrecht-heading-3">{ t("profile.sheet.strengths") }</h3>
                { list(p.strengths.iter().map(|s| t(&format!("profile.strength.{s}"))).collect()) }
            }
            if !groups.is_empty() {
                <h3 class="utrecht-heading-3">{ t("profile.sheet.looking") }</h3>
                { for groups }
            }
            if !p.learn.is_empty() {
                <h3 class="utrecht-heading-3">{ t("profile.sheet.learn") }</h3>
                { list(p.learn.iter().map(|l| t(&format!("profile.learn.{l}"))).collect()) }
            }
            if p.support {
                <h3 class="utrecht-heading-3">{ t("profile.sheet.support_title") }</h3>
                <p class="utrecht-paragraph">{ t("profile.sheet.support_intro") }</p>
                <dl class="app-profile-sheet__support">
                    { for EmployerSupport::ALL.iter().map(|s| html! {
                        <>
                            <dt>{ t(&format!("profile.support.{s}.title")) }</dt>
                            <dd>{ t(&format!("profile.support.{s}.text")) }</dd>
                        </>
                    }) }
                </dl>
                <p class="utrecht-paragraph">{ t("profile.sheet.support_ask") }</p>
            }
            <p class="utrecht-paragraph app-profile-sheet__write">{ t("profile.sheet.contact") }</p>
            <p class="utrecht-paragraph app-profile-sheet__made">{ i18n::shown_in(locale, i18n::tf(locale, "profile.sheet.made", &[("month", &month)])) }</p>
        </section>
    }
}
