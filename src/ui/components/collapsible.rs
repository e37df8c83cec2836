//! A section a person can open: a real `h2` (so screen-reader users can jump between sections)
//! holding a button that shows or hides the body (the disclosure pattern, `aria-expanded`).
//! Print shows every body, open or not: the printout keeps its complete layout.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CollapsibleProps {
    /// Base of the element ids (`<id>-title`, `<id>-body`).
    pub id: AttrValue,
    pub title: AttrValue,
    #[prop_or_default]
    pub open: bool,
    #[prop_or_default]
    pub children: Html,
}

#[function_component(Collapsible)]
pub fn collapsible(props: &CollapsibleProps) -> Html {
    let open = use_state(|| props.open);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let (title_id, body_id) = (format!("{}-title", props.id), format!("{}-body", props.id));
    html! {
        <section class="app-collapsible" aria-labelledby={title_id.clone()}>
            <h2 class="utrecht-heading-2 app-collapsible__heading" id={title_id}>
                <button type="button" class="app-collapsible__button" aria-expanded={(*open).to_string()}
                    aria-controls={body_id.clone()} onclick={toggle}>
                    { props.title.clone() }
                </button>
            </h2>
            <div id={body_id} class={classes!("app-collapsible__body", (!*open).then_some("app-collapsible__body--closed"))}>
                { props.children.clone() }
            </div>
        </section>
    }
}
