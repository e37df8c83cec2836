//! The root component: owns the reducer, provides the context, runs the effects that follow the
//! state (URL, `<html lang dir>`, title, focus), and picks the page for the current screen.

use std::rc::Rc;

use yew::prelude::*;

use crate::adapters::{
    catalog_loader, clock, config_loader, document, frame, kiosk, location, speech, storage,
};
use crate::app::saved::Saved;
use crate::app::{reduce, Action, Screen, State, Storage, TextSize};
use crate::domain::rules::Rules;
use crate::i18n::{self, Catalog, Locale};
use crate::ui::components::{
    Footer, Header, IdleDialog, ReadAloud, SaveControls, SkipLink, StatusMessage,
};
use crate::ui::context::Ctx;
use crate::ui::pages;

/// `State` behind Yew's reducer hook; the transition itself is `app::reduce`.
#[derive(PartialEq)]
struct Store(State);

impl Reducible for Store {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Store(reduce(&self.0, action)))
    }
}

fn initial_state() -> Store {
    Store(initial())
}

/// The state a visit starts in, read from the address and the device. Off the browser (the
/// prerender) that is a fresh visitor: default language, start screen, nothing saved.
pub(crate) fn initial() -> State {
    let chosen = location::query_param("lang").and_then(|c| Locale::from_code(&c));
    let screen = Screen::parse(&location::hash());
    let mut state = State::new(chosen.unwrap_or_default(), screen, pages::question_ids());
    state.locale_chosen = chosen.is_some();
    if location::query_param("mode").as_deref() == Some("kiosk") {
        // A kiosk starts at the start, reads nothing stored and stores nothing; it uses the
        // kiosk settings of the configuration it has (the default one until another loads).
        state = crate::app::start_kiosk(&state);
        state.screen = Screen::Start;
        return state;
    }
    // Answers saved earlier on this device are offered, never applied silently; what can no
    // longer be used is erased. The rules are parsed only when there is something to read.
    if let Some((text, Ok(rules))) = storage::read().map(|text| (text, Rules::current())) {
        state = crate::app::found_saved(&state, Saved::parse(&text, clock::now(), rules));
    }
    crate::app::arrived(&state)
}

#[function_component(App)]
pub fn app() -> Html {
    let store = use_reducer(initial_state);
    let state = Rc::new(store.0.clone());
    let dispatch = {
        let store = store.dispatcher();
        Callback::from(move |a: Action| store.dispatch(a))
    };

    // Back, forward, typed URLs and links: the fragment drives the screen. The addresses the
    // app sets itself (below) also fire hashchange, possibly after the person has moved on: those
    // are the app's own echo and are ignored, so a quick "continue" is never undone.
    let own_hashes = use_mut_ref(Vec::<String>::new);
    {
        let (dispatch, own) = (dispatch.clone(), own_hashes.clone());
        use_effect_with((), move |_| {
            let listener = location::on_hash_change(move |hash| {
                let mut own = own.borrow_mut();
                if let Some(at) = own.iter().position(|h| *h == hash) {
                    own.drain(..=at);
                    return;
                }
                drop(own);
                dispatch.emit(Action::Navigate(Screen::parse(&hash)))
            });
            move || drop(listener)
        });
    }

    // The screen drives the fragment (a new history entry, set after the new page has painted;
    // on a kiosk it replaces the one entry) and focus moves to the new heading at once.
    // Not on the first render: a page that just loaded keeps the browser's own focus.
    {
        let first = use_mut_ref(|| true);
        let wanted = use_mut_ref(String::new);
        let own = own_hashes.clone();
        let kiosk = state.kiosk.is_some();
        use_effect_with(
            (state.screen.clone(), state.changed_row),
            move |(screen, changed)| {
                // Only the newest screen's address is set, and only while nobody else (a link, the
                // back button) has changed the address meanwhile: their hashchange navigates.
                let hash = screen.to_hash();
                let seen = location::hash();
                *wanted.borrow_mut() = hash.clone();
                frame::after_paint(move || {
                    // Our own change echoes as hashchange: remember it first, forget it if
                    // nothing changed.
                    if *wanted.borrow() == hash && location::hash() == seen {
                        if kiosk {
                            // A kiosk keeps one history entry: screens replace each other.
                            location::replace_hash(&hash);
                        } else {
                            own.borrow_mut().push(hash.clone());
                            if !location::push_hash(&hash) {
                                own.borrow_mut().pop();
                            }
                        }
                    }
                });
                if !std::mem::replace(&mut *first.borrow_mut(), false) {
                    match (screen, changed) {
                        // Back on the check page after a change: focus the row that changed.
                        (Screen::Check, Some(n)) => {
                            document::focus_id(&format!("check-change-{n}"))
                        }
                        _ => document::focus_heading(),
                    }
                }
            },
        );
    }

    // An address for a screen that does not open here is corrected in place: no history entry
    // keeps it (a code typed on a kiosk, a result after a wipe).
    {
        let screen = state.screen.clone();
        use_effect_with(state.address_fix, move |fixes| {
            if *fixes > 0 {
                location::replace_hash(&screen.to_hash());
            }
        });
    }

    // The title follows screen, language and errors ("Fout: Vraag 3 van 28 - ...").
    {
        let state = state.clone();
        use_effect_with(
            (
                state.screen.clone(),
                state.locale,
                state.error,
                state.languages_arrived,
            ),
            move |_| {
                let title = pages::title(&state);
                let (l, f) = (crate::i18n::shown(state.locale), state.formality());
                let description = crate::i18n::t_with(l, f, "meta.description");
                frame::after_paint(move || {
                    document::set_title(&title);
                    document::set_description(description);
                });
            },
        );
    }

    // A form error: the summary takes focus.
    use_effect_with(state.error, |error| {
        if error.is_some() {
            document::focus_id("error-summary");
        }
    });

    // The chosen language's texts: fetched when they are not compiled in (every language but
    // Dutch). Until they arrive the page stays in the language it shows; if they cannot come,
    // it says so and stays there.
    {
        let dispatch = dispatch.clone();
        let keep = state.kiosk.is_none();
        use_effect_with(state.locale, move |locale| {
            let locale = *locale;
            if !Catalog::is_available(locale) {
                wasm_bindgen_futures::spawn_local(async move {
                    match catalog_loader::load(locale, keep).await {
                        Ok(()) => dispatch.emit(Action::LanguageArrived(locale)),
                        Err(problem) => {
                            catalog_loader::report(locale, &problem);
                            dispatch.emit(Action::LanguageUnavailable(locale));
                        }
                    }
                });
            }
        });
    }

    use_effect_with((state.locale, state.languages_arrived), |(locale, _)| {
        document::set_language(i18n::shown(*locale))
    });

    // The first screen is up and listening: a mark for ./scripts/bench.sh.
    use_effect_with((), |_| document::mark("werkroute:interactive"));

    // Saved at the person's request: keep the stored copy in step with every change.
    use_effect_with(
        (
            state.storage,
            state.answers.clone(),
            state.cards.clone(),
            state.locale,
            state.own_say.clone(),
            state.profile.clone(),
        ),
        |(storage, answers, cards, locale, own_say, profile)| {
            if let Storage::On {
                saved_at,
                expires_at,
            } = *storage
            {
                let Ok(rules) = crate::domain::Rules::current() else {
                    return;
                };
                let mut saved =
                    Saved::new(saved_at, *locale, rules, answers.clone(), cards.clone())
                        .with_own_say(own_say.clone())
                        .with_profile(profile.clone());
                saved.expires_at = expires_at;
                storage::write(&saved.to_json());
            }
        },
    );

    // Kiosk: the idle clock, the back/forward-cache guard and the kiosk look.
    {
        let warning_shown = use_mut_ref(|| std::rc::Rc::new(std::cell::Cell::new(false)));
        warning_shown.borrow().set(state.idle_warning.is_some());
        let dispatch = dispatch.clone();
        let shown = warning_shown.borrow().clone();
        use_effect_with(state.kiosk, move |k| {
            document::set_root_class("app-kiosk", k.is_some());
            let guards = k.map(|k| {
                let tick = dispatch.clone();
                let clock = kiosk::start(k.idle_seconds, shown, move |idle_seconds| {
                    tick.emit(Action::IdleTick { idle_seconds })
                });
                let wipe = dispatch.clone();
                let restored = kiosk::on_restored_from_cache(move || wipe.emit(Action::Wipe));
                (clock, restored, kiosk::links_replace())
            });
            move || drop(guards)
        });
    }

    // The quick exit by keyboard: Shift three times, anywhere.
    {
        let dispatch = dispatch.clone();
        let kiosk = state.kiosk.is_some();
        use_effect_with(
            (kiosk, state.config.quick_exit.clone()),
            move |(kiosk, url)| {
                let (kiosk, url) = (*kiosk, url.clone());
                let listener = crate::adapters::keys::on_shift_presses(move || {
                    crate::ui::components::quick_exit_leave(&dispatch, kiosk, &url)
                });
                move || drop(listener)
            },
        );
    }

    // The municipality's configuration (?gemeente=<id>), loaded once from our own origin.
    {
        let dispatch = dispatch.clone();
        let keep = state.kiosk.is_none();
        use_effect_with((), move |_| {
            if let Some(id) = location::query_param("gemeente") {
                wasm_bindgen_futures::spawn_local(async move {
                    if let Some(config) = config_loader::load(&id, keep).await {
                        dispatch.emit(Action::ConfigLoaded(std::rc::Rc::new(config)));
                    }
                });
            }
        });
    }

    // The municipality's theme: one root class, the others removed.
    use_effect_with(state.config.theme.clone(), |theme| {
        for t in crate::app::config::THEMES {
            document::set_root_class(&format!("app-theme-{t}"), t == theme);
        }
    });

    // A published NL Design System theme package over it, when the configuration names one.
    use_effect_with(state.config.theme_package.clone(), |package| {
        document::set_theme_package(
            package
                .as_ref()
                .map(|p| (p.class.as_str(), p.stylesheet.as_str())),
        );
    });

    // After a wipe: a clean address bar (no fragment of the last visit), and silence.
    use_effect_with(state.wipe_epoch, |epoch| {
        if *epoch > 0 {
            location::clean_url();
            speech::cancel();
        }
    });

    // Speech stops on every page change.
    use_effect_with(state.screen.clone(), |_| frame::after_paint(speech::cancel));

    // Text size and contrast, as classes on <html>.
    use_effect_with(
        (state.text_size, state.high_contrast),
        |(size, contrast)| {
            for s in TextSize::ALL {
                if let Some(class) = s.class() {
                    document::set_root_class(class, s == *size);
                }
            }
            document::set_root_class("app-contrast-high", *contrast);
        },
    );

    // Erase what we stored, each time the reducer asks for it.
    use_effect_with(state.erase_epoch, |epoch| {
        if *epoch > 0 {
            storage::erase();
        }
    });

    // Before anything has been shown, hidden for the moment the chosen language's texts are on
    // their way, so the page does not flash by in Dutch first. Once shown it stays visible (and
    // focus stays where it is) in its language until the new texts arrive.
    let shown_once = use_mut_ref(|| false);
    let waiting = !*shown_once.borrow() && !Catalog::is_available(state.locale);
    if !waiting {
        *shown_once.borrow_mut() = true;
    }
    let ctx = Ctx {
        state: state.clone(),
        dispatch,
    };
    html! {
        <ContextProvider<Ctx> context={ctx}>
            <div class={classes!("utrecht-document", "utrecht-page", "app-page", waiting.then_some("app-page--waiting"))}
                aria-busy={waiting.then_some("true")}>
                <SkipLink />
                <Header />
                <main id="main" class="app-page__main" tabindex="-1">
                    <ReadAloud />
                    <StatusMessage />
                    { pages::view(&state.screen) }
                    if state.kiosk.is_none() && matches!(state.screen, Screen::Question(_) | Screen::Check | Screen::Result) {
                        <SaveControls />
                    }
                </main>
                <Footer />
                if let Some(seconds) = state.idle_warning { <IdleDialog {seconds} /> }
            </div>
        </ContextProvider<Ctx>>
    }
}
