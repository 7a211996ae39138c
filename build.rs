//! The knowledge in `knowledge/` is compiled into the binary by
//! `include_dir!` (see `src/knowledge/mod.rs`); a proc macro cannot tell
//! cargo which files it read, so this script does: any change under
//! `knowledge/` rebuilds the crate.

fn main() {
    println!("cargo:rerun-if-changed=knowledge");
}
