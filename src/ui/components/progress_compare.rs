use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::adapters::{clock, file, location};
use crate::app::progress::{file_text, moves, previous_from_text};
use crate::app::Action;
use crate::domain::answers::Answers;
use crate::domain::code::{link_fragment, to_typeable};
use crate::domain::rules::Rules;
use crate::domain::score::score;
use crate::ui::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct ProgressCompareProps {
    /// The share code of what the person chose to send: the file holds that and no more.
    pub code: AttrValue,
    /// Today's answers, to compare an earlier result with.
    pub answers: Answers,
}

/// Progress over time: save this result as a small file, and later load an earlier file to see
/// what moved per sub-score.
#[function_component(ProgressCompare)]
pub fn progress_compare(props: &ProgressCompareProps) -> Html {
    let ctx = use_ctx();
    let Ok(rules) = Rules::current() else {
        return html! {};
    };
    let on_save = {
        let (code, locale) = (props.code.clone(), ctx.locale());
        let intro = ctx.t("progress.file_intro").to_string();
        Callback::from(move |_| {
            let link = format!("{}{}", location::base_url(), link_fragment(&code));
            let typeable = to_typeable(&code).unwrap_or_default();
            let date = clock::format_date(clock::now(), locale);
            file::download(
                "werkroute-uitkomst.txt",
                &file_text(&format!("{intro} {date}"), &link, &typeable),
            );
        })
    };
    let on_file = {
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let action = match file::read_first(&input).await {
                    Some(text) => match previous_from_text(&text) {
                        Ok(previous) => Action::Compare(previous),
                        Err(_) => Action::CompareFailed("progress.error"),
                    },
                    None => Action::CompareFailed("progress.error"),
                };
                input.set_value("");
                dispatch.emit(action);
            });
        })
    };
    let comparison = ctx.state.previous.as_ref().map(|previous| {
        // The earlier result under the rules it was made with (a decoded code names a published
        // version, so this always has one); today's under today's.
        let Ok(then_rules) = Rules::get(previous.rules_version) else {
            return html! { <p class="utrecht-paragraph">{ ctx.t("progress.error") }</p> };
        };
        let before = score(then_rules, &previous.answers);
        let (moved, same) = moves((&before, then_rules), (&score(rules, &props.answers), rules));
        let other_rules = then_rules.version != rules.version;
        html! {
            <div class="app-inset">
                <h3 class="utrecht-heading-3">{ ctx.t("progress.changed_title") }</h3>
                if other_rules {
                    <p class="utrecht-paragraph">{ ctx.tf("progress.other_rules", &[("version", &then_rules.version), ("current", &rules.version)]) }</p>
                }
                if moved.is_empty() {
                    <p class="utrecht-paragraph">{ ctx.t("progress.nothing_moved") }</p>
                } else {
                    <ul>
                        { for moved.iter().map(|m| html! {
                            <li>
                                <strong>{ ctx.t(&format!("sub.{}.name", m.sub)) }</strong>{ ": " }
                                { ctx.tf("progress.move", &[("before", ctx.t(m.before.key())), ("now", ctx.t(m.now.key()))]) }
                            </li>
                        }) }
                    </ul>
                }
                <p class="utrecht-paragraph">{ ctx.tp("progress.same", same as u64) }</p>
                <button type="button" class="utrecht-button utrecht-button--secondary-action app-button app-button--secondary" onclick={ctx.send(Action::ClearCompare)}>
                    { ctx.t("progress.stop") }
                </button>
            </div>
        }
    });
    html! {
        <section class="app-progress-compare app-no-print" aria-labelledby="progress-title">
            <h3 class="utrecht-heading-3" id="progress-title">{ ctx.t("progress.title") }</h3>
            <p class="utrecht-paragraph">{ ctx.t("progress.intro") }</p>
            <div class="app-button-group">
                <button type="button" class="utrecht-button utrecht-button--secondary-action app-button app-button--secondary" onclick={on_save}>{ ctx.t("progress.save_file") }</button>
            </div>
            // The browser's own file button speaks the browser's language ("Choose File"): the
            // input is hidden and its label, in the page's language, is the button.
            <div class="app-field app-file-field">
                <input type="file" id="previous-file" class="app-file" accept=".txt,text/plain" onchange={on_file} />
                <label for="previous-file" class="utrecht-form-label app-button app-button--secondary app-file__button">{ ctx.t("progress.load_label") }</label>
            </div>
            { for comparison }
        </section>
    }
}
