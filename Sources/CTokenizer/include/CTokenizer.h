// The tokenizer's inner loop: one pass over UTF-8 text that writes tokens (offsets, a key of the
// normalised word, flags) for the skill matcher. Plain code with no dependencies; the Swift side
// (JobFitCore's Tokenizer) owns the buffers and every rule's documentation.
#ifndef CTOKENIZER_H
#define CTOKENIZER_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// One token, as Swift's `Token` reads it.
typedef struct {
    /// UTF-8 offset of the first byte.
    int32_t start;
    /// UTF-8 offset just past the last byte.
    int32_t end;
    /// Key of the normalised form (lowercased, apostrophes dropped, simple plurals folded).
    uint64_t key;
    /// `JF_TOKEN_*` bits.
    uint16_t flagBits;
    /// The slots of `key`'s bucket in the root table given to `jf_tokenize` whose fingerprint
    /// matches (bit `i` for slot `i`): 0 when `key` surely leads nowhere from the root.
    uint16_t rootSlots;
    /// Key of this token joined with the next across a hyphen ("e-mail" → "email"); 0 otherwise.
    uint64_t joinedKey;
} jf_token;

/// Bits of `jf_token.flagBits` (the same values as Swift's `Token.Flags`).
enum {
    JF_TOKEN_CAPITALISED = 1 << 0,
    JF_TOKEN_ALL_CAPS = 1 << 1,
    JF_TOKEN_NUMBER = 1 << 2,
    JF_TOKEN_COMMA_AFTER = 1 << 3,
    JF_TOKEN_SENTENCE_END_AFTER = 1 << 4,
    JF_TOKEN_JOINER = 1 << 5,
    JF_TOKEN_PARENTHESIS_AFTER = 1 << 6,
    JF_TOKEN_PLUS = 1 << 7,
    JF_TOKEN_HYPHEN_AFTER = 1 << 8,
};

/// One slot of a root table: a key and the trie node it leads to from the root.
typedef struct {
    uint64_t key;
    int32_t node;
    int32_t unused;
} jf_root_entry;

/// The skill trie's transitions from the root, looked up for every token: buckets of 16
/// slots, a key's bucket at `key & bucketMask`. Each slot has a one-byte fingerprint of its key
/// (0 when empty), so that the fingerprints, 16 bytes a bucket, stay in the fastest cache and
/// one comparison finds the slots to check; the entries are read only for those.
typedef struct {
    const uint8_t *fingerprints;
    const jf_root_entry *entries;
    uint64_t bucketMask;
} jf_root_table;

/// The fingerprint of `key` in a root table: never 0.
static inline uint8_t jf_root_fingerprint(uint64_t key) { return (uint8_t)(1 + (key >> 56) % 255); }

/// Tokenizes `count` bytes into `tokens` (room for `capacity`); returns how many were written,
/// or `SIZE_MAX` when they did not fit (there is at most one token a byte).
///
/// With a `root` table, every token's key is looked up in its fingerprints as it is made (see
/// `rootSlots`), and the tokens whose key or joined key may lead somewhere from the root are
/// listed in `hits` by index (room for `capacity + 1`), in order; `hitCount` says how many.
size_t jf_tokenize(
    const uint8_t *bytes, size_t count, jf_token *tokens, size_t capacity, const jf_root_table *root,
    int32_t *hits, size_t *hitCount);

/// The key of `count` already normalised bytes: what `jf_tokenize` gives a word of those bytes.
uint64_t jf_token_key(const uint8_t *bytes, size_t count);

#ifdef __cplusplus
}
#endif

#endif
