// Public API of week 02 (../shared/REFERENCE_API.md): outside checks call these names directly.
// katas 02.01–02.04
// katas 02.05–02.08
