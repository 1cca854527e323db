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

/// Tokenizes `count` bytes into `tokens` (room for `capacity`); returns how many were written,
/// or `SIZE_MAX` when they did not fit (there is at most one token a byte).
size_t jf_tokenize(const uint8_t *bytes, size_t count, jf_token *tokens, size_t capacity);

/// The key of `count` already normalised bytes: what `jf_tokenize` gives a word of those bytes.
uint64_t jf_token_key(const uint8_t *bytes, size_t count);

#ifdef __cplusplus
}
#endif

#endif
