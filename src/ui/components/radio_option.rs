use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RadioOptionProps {
    pub id: AttrValue,
    /// The radio group's name (the question id).
    pub name: AttrValue,
    pub value: AttrValue,
    pub label: AttrValue,
    pub checked: bool,
    /// "I don't know" and "I'd rather not say" look a little different from the scale.
    #[prop_or_default]
    pub aside: bool,
    /// A decorative pictogram shown before the text (`aria-hidden`, so the accessible name
    /// stays the text alone).
    #[prop_or_default]
    pub picto: Option<Html>,
    pub onchange: Callback<()>,
    /// Reads this option aloud on its own (kiosks with an on-device voice); its aria-label.
    #[prop_or_default]
    pub speak: Option<(Callback<()>, AttrValue)>,
}

/// One native radio with its label; the whole row is the click target.
#[function_component(RadioOption)]
pub fn radio_option(props: &RadioOptionProps) -> Html {
    let onchange = props.onchange.reform(|_: Event| ());
    let class = classes!("app-radio", props.aside.then_some("app-radio--aside"));
    html! {
        <div {class}>
            <input class="utrecht-radio-button utrecht-radio-button--html-input app-radio__input" type="radio" id={props.id.clone()} name={props.name.clone()}
                value={props.value.clone()} checked={props.checked} {onchange} />
            <label class="utrecht-form-label app-radio__label" for={props.id.clone()}>
                { props.picto.clone().unwrap_or_default() }
                <span class="app-radio__text">{ props.label.clone() }</span>
            </label>
            if let Some((speak, label)) = &props.speak {
                <button type="button" class="app-radio__speak" aria-label={label.clone()}
                    onclick={speak.reform(|_| ())}>{ crate::ui::pictograms::pictogram_speaker() }</button>
            }
        </div>
    }
}
