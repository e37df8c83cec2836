//! WebAssembly entry point: mounts the Yew root component into `#app`.

#[cfg(target_arch = "wasm32")]
fn main() {
    werkroute::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("werkroute-web is the browser build; run ./scripts/run.sh to serve it.");
}
