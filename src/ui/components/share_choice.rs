//! "Wat gaat er mee?" and "Waar wil je over praten?": before a link, QR code, code or file is
//! made, the person sees what goes along and chooses (`domain::share`): willen and kunnen by
//! default, each circumstance only when ticked, an acute answer never. Below the choice, a plain
//! list of what is in the code and what is not. Native checkboxes; nothing here is stored.

use yew::prelude::*;

use crate::app::Action;
use crate::domain::answers::Answers;
use crate::domain::rules::Rules;
use crate::domain::share::{acute_topics, offers, Topic};
use crate::ui::context::{use_ctx, Ctx};

/// The catalog key of a topic's name: a barrier domain's own name, or `share.topic.<id>`.
pub fn topic_key(topic: Topic) -> String {
    match topic {
        Topic::Willen | Topic::Kunnen | Topic::HoldsBack => format!("share.topic.{topic}"),
        domain => format!("barrier.{domain}.name"),
    }
}

/// Topic names joined for a sentence, in the person's language.
pub fn topic_list(ctx: &Ctx, topics: &[Topic]) -> String {
    topics
        .iter()
        .map(|t| ctx.t(&topic_key(*t)).to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

#[derive(Properties, PartialEq)]
pub struct ShareChoiceProps {
    /// All the person's answers (what could go along).
    pub answers: Answers,
}

#[function_component(ShareChoice)]
pub fn share_choice(props: &ShareChoiceProps) -> Html {
    let ctx = use_ctx();
    let Ok(rules) = Rules::current() else {
        return html! {};
    };
    let choice = &ctx.state.share;
    let offered = offers(rules, &props.answers);
    let acute = acute_topics(rules, &props.answers);
    let has_own_say = !ctx.state.own_say.is_empty();
    let checkbox = |id: String, on: bool, label: String, action: Action| {
        let dispatch = ctx.dispatch.clone();
        let onchange = Callback::from(move |_: Event| dispatch.emit(action.clone()));
        html! {
            <div class="app-checkbox">
                <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id={id.clone()} checked={on} {onchange} />
                <label class="utrecht-form-label" for={id}>{ label }</label>
            </div>
        }
    };
    let include_box = |t: Topic| {
        let on = choice.include.contains(&t);
        checkbox(
            format!("share-{t}"),
            on,
            ctx.t(&topic_key(t)).to_string(),
            Action::ShareTopic(t, !on),
        )
    };
    // Talk about: willen, kunnen and every topic the person answered (an acute one too).
    let mut talkable: Vec<Topic> = vec![Topic::Willen, Topic::Kunnen];
    talkable.extend(offered.iter().map(|o| o.topic).chain(acute.iter().copied()));
    crate::domain::sorting::sort(&mut talkable);
    talkable.dedup();
    let talk_box = |t: Topic| {
        let on = choice.talk.contains(&t);
        checkbox(
            format!("talk-{t}"),
            on,
            ctx.t(&topic_key(t)).to_string(),
            Action::TalkAbout(t, !on),
        )
    };
    let (axes, others): (Vec<_>, Vec<_>) = offered
        .iter()
        .map(|o| o.topic)
        .partition(|t| matches!(t, Topic::Willen | Topic::Kunnen));
    let in_code: Vec<Topic> = offered
        .iter()
        .map(|o| o.topic)
        .filter(|t| choice.include.contains(t))
        .collect();
    let mut out_code: Vec<Topic> = offered
        .iter()
        .map(|o| o.topic)
        .filter(|t| !choice.include.contains(t))
        .chain(acute.iter().copied())
        .collect();
    crate::domain::sorting::sort(&mut out_code);
    out_code.dedup();
    let mut in_items: Vec<String> = vec![ctx.t("share.item.route").to_string()];
    in_items.extend(in_code.iter().map(|t| ctx.t(&topic_key(*t)).to_string()));
    let mut out_items: Vec<String> = out_code
        .iter()
        .map(|t| ctx.t(&topic_key(*t)).to_string())
        .collect();
    if has_own_say {
        let item = ctx.t("share.own_say").to_string();
        if choice.own_say {
            in_items.push(item);
        } else {
            out_items.push(item);
        }
    }
    if !choice.talk.is_empty() {
        in_items.push(ctx.tf(
            "share.item.talk",
            &[(
                "topics",
                &topic_list(&ctx, &choice.talk.iter().copied().collect::<Vec<_>>()),
            )],
        ));
    }
    html! {
        <div class="app-share-choice">
            <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset app-fieldset" aria-describedby="share-choose-hint">
                <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend app-fieldset__legend">{ ctx.t("share.choose_title") }</legend>
                <p class="utrecht-paragraph app-hint" id="share-choose-hint">{ ctx.t("share.choose_hint") }</p>
                { for axes.iter().map(|t| include_box(*t)) }
                if has_own_say {
                    { checkbox("share-own-say".into(), choice.own_say, ctx.t("share.own_say").to_string(), Action::ShareOwnSay(!choice.own_say)) }
                }
                if !others.is_empty() {
                    <p class="utrecht-paragraph app-hint">{ ctx.t("share.others_hint") }</p>
                    { for others.iter().map(|t| include_box(*t)) }
                }
                if !acute.is_empty() {
                    <p class="utrecht-paragraph app-inset">{ ctx.tf("share.acute_stays", &[("topics", &topic_list(&ctx, &acute))]) }</p>
                }
            </fieldset>
            <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset app-fieldset" aria-describedby="share-talk-hint">
                <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend app-fieldset__legend">{ ctx.t("share.talk_title") }</legend>
                <p class="utrecht-paragraph app-hint" id="share-talk-hint">{ ctx.t("share.talk_hint") }</p>
                { for talkable.iter().map(|t| talk_box(*t)) }
            </fieldset>
            <div class="app-share-choice__summary" id="share-summary">
                <h4>{ ctx.t("share.in_code") }</h4>
                <ul>{ for in_items.iter().map(|i| html! { <li>{ i.clone() }</li> }) }</ul>
                if !out_items.is_empty() {
                    <h4>{ ctx.t("share.not_in_code") }</h4>
                    <ul>{ for out_items.iter().map(|i| html! { <li>{ i.clone() }</li> }) }</ul>
                }
            </div>
        </div>
    }
}
