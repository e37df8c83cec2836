use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::Action;
use crate::domain::code::read_any;
use crate::ui::context::use_ctx;

/// A place to type a result code (the typeable form, a code or a link): forgiving of case, spaces,
/// dashes and look-alike letters; a wrong one gets its reason next to the field, and a good one
/// opens the brought-along result.
#[function_component(CodeEntry)]
pub fn code_entry() -> Html {
    let ctx = use_ctx();
    let text = use_state(String::new);
    let error = use_state(|| None::<&'static str>);
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            text.set(input.value());
        })
    };
    let onsubmit = {
        let (text, error, dispatch) = (text.clone(), error.clone(), ctx.dispatch.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // The canonical code of what was typed (a share code keeps all it holds).
            let opened = read_any(&text).map(|(code, _)| code).map_err(|e| e.key());
            match opened {
                Ok(code) => {
                    error.set(None);
                    dispatch.emit(Action::OpenCode(code));
                }
                Err(key) => error.set(Some(key)),
            }
        })
    };
    let described = if error.is_some() {
        "code-entry-hint code-entry-error"
    } else {
        "code-entry-hint"
    };
    html! {
        <section class="app-code-entry" aria-labelledby="code-entry-title">
            <h2 class="utrecht-heading-2" id="code-entry-title">{ ctx.t("code_entry.title") }</h2>
            <form novalidate=true {onsubmit}>
                <div class={classes!("app-field", error.is_some().then_some("app-field--error"))}>
                    <label class="utrecht-form-label" for="code-entry">{ ctx.t("code_entry.label") }</label>
                    <p class="utrecht-paragraph app-question__hint" id="code-entry-hint">{ ctx.t("code_entry.hint") }</p>
                    if let Some(key) = *error {
                        <p class="utrecht-paragraph app-question__error" id="code-entry-error">
                            <span class="app-visually-hidden">{ ctx.t("error.prefix") }</span>
                            { ctx.t(key) }
                        </p>
                    }
                    <input type="text" id="code-entry" class="utrecht-textbox utrecht-textbox--html-input app-input" value={(*text).clone()} {oninput}
                        autocomplete="off" autocapitalize="characters" spellcheck="false"
                        aria-describedby={described} aria-invalid={error.is_some().then_some("true")} />
                </div>
                <button type="submit" class="utrecht-button utrecht-button--secondary-action app-button app-button--secondary">{ ctx.t("code_entry.open") }</button>
            </form>
        </section>
    }
}
