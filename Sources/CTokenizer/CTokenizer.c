// The tokenizer's inner loop. The rules are those documented on Swift's `Tokenizer`; this file
// only makes them cheap:
//
// - Keys are made eight bytes at a time (one multiply a block), not a byte at a time.
// - A plain ASCII word (letters and digits, at most 15 bytes, ended by a byte that cannot
//   continue it) is found from bit masks of 64 bytes at a time: its length is one count of
//   trailing zeros, its case facts are masks too, and its key is two multiplies with no branch
//   on its length. Everything else (dots inside names, `++`, `#`, apostrophes, line-break
//   hyphens, letters outside ASCII, long words, the last 64 bytes) is read a byte at a time.
// - Given the skill trie's root table, each token's one-byte fingerprint is compared with its
//   bucket as the token is made, and the tokens a phrase may start at are listed without a
//   branch; the matcher reads the full entries only for those.
#include "CTokenizer.h"

#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/// Normalised bytes kept per word (for plural folding and hyphen joins); no skill is longer.
#define JF_KEPT 64

static const uint64_t jf_basis = 0xcbf29ce484222325ULL;
static const uint64_t jf_multiplier = 0x9E3779B97F4A7C15ULL;

/// One step of a key: a block of eight bytes (little-endian) folded into the state.
static inline uint64_t jf_mix(uint64_t state, uint64_t block) {
#if defined(__SIZEOF_INT128__)
    __uint128_t product = (__uint128_t)(state ^ block) * jf_multiplier;
    return (uint64_t)product ^ (uint64_t)(product >> 64);
#else
    uint64_t value = (state ^ block) * jf_multiplier;
    return value ^ (value >> 29);
#endif
}

/// A key built a byte at a time. The bytes are read as little-endian blocks of eight, zero-padded
/// to at least two blocks and always at least one padding byte; the last block's top byte also
/// holds the length.
typedef struct {
    uint64_t state;
    uint64_t block;
    size_t length;
} jf_key;

static inline void jf_key_start(jf_key *key) {
    key->state = jf_basis;
    key->block = 0;
    key->length = 0;
}

static inline void jf_key_add(jf_key *key, uint8_t byte) {
    key->block |= (uint64_t)byte << ((key->length & 7) * 8);
    key->length += 1;
    if ((key->length & 7) == 0) {
        key->state = jf_mix(key->state, key->block);
        key->block = 0;
    }
}

static inline uint64_t jf_key_finish(const jf_key *key) {
    uint64_t state = key->state;
    uint64_t block = key->block;
    if (key->length < 8) {
        state = jf_mix(state, block);
        block = 0;
    }
    return jf_mix(state, block ^ ((uint64_t)key->length << 56));
}

uint64_t jf_token_key(const uint8_t *bytes, size_t count) {
    jf_key key;
    jf_key_start(&key);
    for (size_t index = 0; index < count; index++) jf_key_add(&key, bytes[index]);
    return jf_key_finish(&key);
}

static inline int jf_is_lower(uint8_t byte) { return (uint8_t)(byte - 'a') < 26; }
static inline int jf_is_upper(uint8_t byte) { return (uint8_t)(byte - 'A') < 26; }
static inline int jf_is_digit(uint8_t byte) { return (uint8_t)(byte - '0') < 10; }
static inline int jf_is_letter(uint8_t byte) { return (uint8_t)((byte | 0x20) - 'a') < 26 || byte >= 0x80; }
static inline int jf_is_alphanumeric(uint8_t byte) { return jf_is_letter(byte) || jf_is_digit(byte); }

static inline size_t jf_scalar_width(const uint8_t *bytes, size_t count, size_t index) {
    uint8_t byte = bytes[index];
    size_t width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
    return width < count - index ? width : count - index;
}

/// Punctuation and spaces outside ASCII: U+00A0–U+00BF, U+2000–U+206F, U+3000, and × ÷.
static inline int jf_is_separator_scalar(const uint8_t *bytes, size_t count, size_t index) {
    int hasNext = index + 1 < count;
    switch (bytes[index]) {
    case 0xC2: return 1;
    case 0xC3: return hasNext && (bytes[index + 1] == 0x97 || bytes[index + 1] == 0xB7);
    case 0xE2: return hasNext && ((bytes[index + 1] >= 0x80 && bytes[index + 1] <= 0x81) || bytes[index + 1] >= 0x86);
    case 0xE3: return hasNext && bytes[index + 1] == 0x80;
    case 0xEF: return 1;
    default: return 0;
    }
}

/// The tokens written so far; appends past the capacity are dropped and mark the list overflowed.
typedef struct {
    jf_token *base;
    size_t count;
    size_t capacity;
    int overflowed;
    const jf_root_table *root;
    int32_t *hits;
    size_t hitCount;
} jf_tokens;

/// The slots of `key`'s bucket whose fingerprint matches its own (bit `i` for slot `i`).
static inline uint16_t jf_root_slots(const jf_root_table *root, uint64_t key) {
    const uint8_t *fingerprints = root->fingerprints + (key & root->bucketMask) * 16;
    uint8_t fingerprint = jf_root_fingerprint(key);
#if defined(__SSE2__)
    __m128i bucket = _mm_loadu_si128((const __m128i *)fingerprints);
    return (uint16_t)_mm_movemask_epi8(_mm_cmpeq_epi8(bucket, _mm_set1_epi8((char)fingerprint)));
#else
    uint16_t slots = 0;
    for (int slot = 0; slot < 16; slot++) slots |= (uint16_t)(fingerprints[slot] == fingerprint) << slot;
    return slots;
#endif
}

/// The fingerprint matches of `key`, or 0 when there is no root table.
static inline uint16_t jf_root_probe(const jf_root_table *root, uint64_t key) {
    return root ? jf_root_slots(root, key) : 0;
}

/// Lists token `index` (just written) when its fingerprint matched: the entry is always
/// written and kept only then, with no branch (the fingerprints are in the fastest cache, so
/// the count waits on little).
static inline void jf_list_hit(int32_t *hits, size_t *hitCount, size_t index, uint16_t slots) {
    if (!hits) return;
    hits[*hitCount] = (int32_t)index;
    *hitCount += slots != 0;
}

/// After the joined key of token `index` (the last one written) is made: lists the token when
/// the joined key may lead somewhere and the token is not listed yet.
static inline void jf_list_joined_hit(
    const jf_root_table *root, int32_t *hits, size_t *hitCount, const jf_token *token, size_t index) {
    if (!hits || token->rootSlots != 0 || jf_root_slots(root, token->joinedKey) == 0) return;
    hits[*hitCount] = (int32_t)index;
    *hitCount += 1;
}

static inline void jf_append(jf_tokens *tokens, int32_t start, int32_t end, uint64_t key, uint16_t flags) {
    if (tokens->count >= tokens->capacity) {
        tokens->overflowed = 1;
        return;
    }
    jf_token *token = tokens->base + tokens->count;
    token->start = start;
    token->end = end;
    token->key = key;
    token->flagBits = flags;
    token->rootSlots = jf_root_probe(tokens->root, key);
    token->joinedKey = 0;
    jf_list_hit(tokens->hits, &tokens->hitCount, tokens->count, token->rootSlots);
    tokens->count += 1;
}

/// The length of a word once its simple plural is folded; "ies" becomes "y" in place.
static size_t jf_folded_length(uint8_t *word, size_t length, int allowed, int acronym) {
    if (!allowed || !(length >= 4 || (acronym && length >= 3)) || word[length - 1] != 's') return length;
    if (acronym) return length - 1;
    // "https" is not the plural of "http".
    if (length == 5 && word[0] == 'h' && word[3] == 'p') return length;
    for (size_t offset = 0; offset < length; offset++) {
        if (word[offset] == '.' || word[offset] >= 0x80 || word[offset] == '+') return length;
    }
    uint8_t previous = word[length - 2];
    if (previous == 's' || previous == 'u' || previous == 'i') return length;
    if (previous == 'e' && word[length - 3] == 'i' && length >= 5) {
        word[length - 3] = 'y';
        return length - 2;
    }
    return length - 1;
}

/// What reading one word found.
typedef struct {
    /// Normalised bytes (the first `JF_KEPT` are in the scratch space) and their key.
    jf_key key;
    int upper;
    int lower;
    int digitsOnly;
    int firstUpper;
    int sawPlus;
} jf_word;

/// The state carried from word to word: the scratch space and the last word's bytes when a
/// hyphen joins it to the next.
typedef struct {
    uint8_t scratch[JF_KEPT];
    uint8_t pending[JF_KEPT];
    size_t pendingLength;
    int pendingValid;
} jf_state;

static inline void jf_word_start(jf_word *word) {
    jf_key_start(&word->key);
    word->upper = 0;
    word->lower = 0;
    word->digitsOnly = 1;
    word->firstUpper = 0;
    word->sawPlus = 0;
}

static inline void jf_word_add(jf_word *word, jf_state *state, uint8_t byte) {
    if (word->key.length < JF_KEPT) state->scratch[word->key.length] = byte;
    jf_key_add(&word->key, byte);
}

/// Reads a word a byte at a time from `start` (a `.` first when `dotWord`); returns where it ends.
static size_t jf_read_word(
    const uint8_t *bytes, size_t count, size_t start, int dotWord, jf_word *word, jf_state *state) {
    size_t cursor = start;
    if (dotWord) {
        jf_word_add(word, state, '.');
        cursor += 1;
        word->digitsOnly = 0;
    }
    while (cursor < count) {
        uint8_t current = bytes[cursor];
        if (jf_is_lower(current)) {
            jf_word_add(word, state, current);
            word->lower += 1;
            cursor += 1;
            continue;
        }
        if (jf_is_upper(current)) {
            if (cursor == start || (dotWord && cursor == start + 1)) word->firstUpper = 1;
            word->upper += 1;
            word->digitsOnly = 0;
            jf_word_add(word, state, current | 0x20);
        } else if (jf_is_digit(current)) {
            jf_word_add(word, state, current);
        } else if (current == '.') {
            // Inside a name or number ("Node.js", "3.11"), not at a sentence end.
            if (!(cursor + 1 < count && jf_is_alphanumeric(bytes[cursor + 1]))) break;
            jf_word_add(word, state, current);
        } else if (current == '+' || current == '#') {
            // Trailing "++" or "#" ("C++", "C#", and "C++17" as "C++" then "17"); not "a+b".
            size_t end = cursor;
            while (end < count && bytes[end] == current) end += 1;
            if (end < count && jf_is_alphanumeric(bytes[end]) && end - cursor < 2
                && !(current == '#' && jf_is_digit(bytes[end]))) {
                break;
            }
            if (word->digitsOnly && word->lower == 0 && word->key.length > 0) word->sawPlus = 1;
            while (cursor < end) {
                jf_word_add(word, state, current);
                cursor += 1;
            }
            break;
        } else if (current == '\'') {
            // Apostrophes inside words are dropped from the key ("bachelor's").
            if (!(cursor + 1 < count && jf_is_letter(bytes[cursor + 1]) && cursor > start)) break;
        } else if (current == 0xE2 && cursor + 2 < count && bytes[cursor + 1] == 0x80 && bytes[cursor + 2] == 0x99) {
            // ’ inside a word, as above.
            if (!(cursor + 3 < count && jf_is_letter(bytes[cursor + 3]) && cursor > start)) break;
            cursor += 2;
        } else if (current == '-' && cursor + 1 < count && bytes[cursor + 1] == 0x0A) {
            // A hyphen at a line break inside a word ("develop-\nment") joins the parts.
            if (!(cursor + 2 < count && jf_is_lower(bytes[cursor + 2]) && word->lower > 0)) break;
            cursor += 1;
        } else if (current >= 0x80) {
            if (jf_is_separator_scalar(bytes, count, cursor)) break;
            size_t width = jf_scalar_width(bytes, count, cursor);
            for (size_t offset = 0; offset < width; offset++) jf_word_add(word, state, bytes[cursor + offset]);
            word->lower += 1;
            cursor += width;
            continue;
        } else {
            break;
        }
        cursor += 1;
    }
    return cursor;
}

/// Appends the word read from `start` to `end`: its flags, folded key and hyphen join.
static inline void jf_emit_word(
    const uint8_t *bytes, size_t count, size_t start, size_t end, jf_word *word, jf_state *state,
    jf_tokens *tokens) {
    size_t length = word->key.length;
    int digitsOnly = word->digitsOnly && word->lower == 0;
    uint16_t flags = 0;
    if (word->firstUpper) flags |= JF_TOKEN_CAPITALISED;
    if (word->upper >= 2 && word->lower == 0) flags |= JF_TOKEN_ALL_CAPS;
    if (digitsOnly) {
        flags |= JF_TOKEN_NUMBER;
        if (word->sawPlus) flags |= JF_TOKEN_PLUS;
    }
    int hyphenAfter = end + 1 < count && bytes[end] == '-' && jf_is_alphanumeric(bytes[end + 1]);
    // This word's bytes before folding start the joined key of the next ("e-mail").
    uint8_t next[JF_KEPT];
    if (hyphenAfter && length <= JF_KEPT) memcpy(next, state->scratch, length);
    uint64_t key = jf_key_finish(&word->key);
    size_t folded = length;
    if (length <= JF_KEPT) {
        // "APIs", "SDKs": an acronym with a lowercase plural "s" always folds.
        int acronym = word->upper >= 2 && word->lower == 1 && bytes[end - 1] == 's';
        folded = jf_folded_length(state->scratch, length, !digitsOnly, acronym);
        if (folded != length) key = jf_token_key(state->scratch, folded);
    }
    if (state->pendingValid && tokens->count > 0 && folded <= JF_KEPT) {
        jf_token *last = tokens->base + tokens->count - 1;
        if ((last->flagBits & JF_TOKEN_HYPHEN_AFTER) && (size_t)last->end + 1 == start) {
            jf_key joined;
            jf_key_start(&joined);
            for (size_t offset = 0; offset < state->pendingLength; offset++) jf_key_add(&joined, state->pending[offset]);
            for (size_t offset = 0; offset < folded; offset++) jf_key_add(&joined, state->scratch[offset]);
            last->joinedKey = jf_key_finish(&joined);
            if (tokens->root) jf_list_joined_hit(tokens->root, tokens->hits, &tokens->hitCount, last, tokens->count - 1);
        }
    }
    state->pendingValid = 0;
    if (hyphenAfter) {
        flags |= JF_TOKEN_HYPHEN_AFTER;
        if (length <= JF_KEPT) {
            memcpy(state->pending, next, length);
            state->pendingLength = length;
            state->pendingValid = 1;
        }
    }
    jf_append(tokens, (int32_t)start, (int32_t)end, key, flags);
}

/// Reads the word at `index` a byte at a time (a `.` first when `dotWord`), appends it, and
/// returns where it ends.
static size_t jf_read_and_emit_word(
    const uint8_t *bytes, size_t count, size_t index, int dotWord, jf_state *state, jf_tokens *tokens) {
    jf_word word;
    jf_word_start(&word);
    size_t end = jf_read_word(bytes, count, index, dotWord, &word, state);
    jf_emit_word(bytes, count, index, end, &word, state, tokens);
    return end;
}

/// Bit masks of 64 bytes: ASCII letters and digits, capitals, lowercase letters.
typedef struct {
    uint64_t word;
    uint64_t upper;
    uint64_t lower;
    uint64_t space;
} jf_masks;

static inline jf_masks jf_classify(const uint8_t *bytes) {
    jf_masks masks = {0, 0, 0, 0};
#if defined(__SSE2__)
    for (int part = 0; part < 4; part++) {
        __m128i chunk = _mm_loadu_si128((const __m128i *)(bytes + 16 * part));
        // Bytes outside ASCII are negative as signed bytes, so no range below takes them.
        __m128i lower = _mm_and_si128(
            _mm_cmpgt_epi8(chunk, _mm_set1_epi8('a' - 1)), _mm_cmplt_epi8(chunk, _mm_set1_epi8('z' + 1)));
        __m128i upper = _mm_and_si128(
            _mm_cmpgt_epi8(chunk, _mm_set1_epi8('A' - 1)), _mm_cmplt_epi8(chunk, _mm_set1_epi8('Z' + 1)));
        __m128i digit = _mm_and_si128(
            _mm_cmpgt_epi8(chunk, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(chunk, _mm_set1_epi8('9' + 1)));
        uint64_t lowerBits = (uint16_t)_mm_movemask_epi8(lower);
        uint64_t upperBits = (uint16_t)_mm_movemask_epi8(upper);
        uint64_t digitBits = (uint16_t)_mm_movemask_epi8(digit);
        uint64_t spaceBits = (uint16_t)_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, _mm_set1_epi8(' ')));
        masks.space |= spaceBits << (16 * part);
        masks.lower |= lowerBits << (16 * part);
        masks.upper |= upperBits << (16 * part);
        masks.word |= (lowerBits | upperBits | digitBits) << (16 * part);
    }
#else
    for (int offset = 0; offset < 64; offset++) {
        uint8_t byte = bytes[offset];
        uint64_t bit = (uint64_t)1 << offset;
        if (jf_is_lower(byte)) masks.lower |= bit;
        if (jf_is_upper(byte)) masks.upper |= bit;
        if (jf_is_lower(byte) || jf_is_upper(byte) || jf_is_digit(byte)) masks.word |= bit;
        if (byte == ' ') masks.space |= bit;
    }
#endif
    return masks;
}

static inline uint64_t jf_load64(const uint8_t *bytes) {
    uint64_t value;
    memcpy(&value, bytes, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    value = __builtin_bswap64(value);
#endif
    return value;
}

static inline void jf_store64(uint8_t *bytes, uint64_t value) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    value = __builtin_bswap64(value);
#endif
    memcpy(bytes, &value, 8);
}

/// Bytes after an ASCII word that may continue it or need a closer look: `#`, `'`, `+`, `-`,
/// `.` and every byte outside ASCII.
static inline int jf_may_continue(uint8_t byte) {
    static const uint64_t low = (1ULL << '#') | (1ULL << '\'') | (1ULL << '+') | (1ULL << '-') | (1ULL << '.');
    return byte >= 0x80 || (byte < 64 && ((low >> byte) & 1));
}

/// Flags a separator byte (ASCII) sets on the token before it.
static const uint16_t jf_separator_flags[128] = {
    [','] = JF_TOKEN_COMMA_AFTER,
    ['.'] = JF_TOKEN_SENTENCE_END_AFTER,
    ['!'] = JF_TOKEN_SENTENCE_END_AFTER,
    ['?'] = JF_TOKEN_SENTENCE_END_AFTER,
    [';'] = JF_TOKEN_SENTENCE_END_AFTER,
    [':'] = JF_TOKEN_SENTENCE_END_AFTER,
    [0x0A] = JF_TOKEN_SENTENCE_END_AFTER,
    ['('] = JF_TOKEN_PARENTHESIS_AFTER,
    [')'] = JF_TOKEN_PARENTHESIS_AFTER,
};

static inline uint64_t jf_low_bytes(unsigned count) {
    return count >= 8 ? ~0ULL : ((1ULL << (8 * count)) - 1);
}

/// The key of `pendingLength` bytes at `pending` followed by the `length` bytes of the blocks
/// `first` and `second` (zero beyond `length`): a hyphen join.
static uint64_t jf_joined_key(const uint8_t *pending, size_t pendingLength, uint64_t first, uint64_t second, size_t length) {
    jf_key key;
    jf_key_start(&key);
    for (size_t offset = 0; offset < pendingLength; offset++) jf_key_add(&key, pending[offset]);
    uint8_t bytes[16];
    jf_store64(bytes, first);
    jf_store64(bytes + 8, second);
    for (size_t offset = 0; offset < length; offset++) jf_key_add(&key, bytes[offset]);
    return jf_key_finish(&key);
}

/// Reads plain text from `index` for as long as it is plain: ASCII words of letters and digits
/// (at most 15 bytes, ended by a byte that cannot continue them and not followed by a hyphen),
/// spaces, ASCII separators, `/` and `&`. Everything is kept in registers and each word's key
/// is two multiplies; returns where the byte loop must take over (a `.` that may start a word,
/// a word that is not plain, a byte outside ASCII, the last 64 bytes, a full buffer).
static size_t jf_read_plain_run(
    const uint8_t *bytes, size_t count, size_t index, jf_tokens *tokens, jf_state *state, uint64_t slashKey,
    uint64_t andKey) {
    jf_token *base = tokens->base;
    size_t written = tokens->count;
    size_t capacity = tokens->capacity;
    const jf_root_table *root = tokens->root;
    int32_t *hits = tokens->hits;
    size_t hitCount = tokens->hitCount;
    size_t window = index;
    jf_masks masks = jf_classify(bytes + window);
    while (index + 64 <= count && written < capacity) {
        if (index - window > 48) {
            window = index;
            masks = jf_classify(bytes + window);
        }
        unsigned offset = (unsigned)(index - window);
        // Spaces change no flag: skip to the next byte that is not one.
        uint64_t notSpace = ~masks.space >> offset;
        if (notSpace == 0) {
            index = window + 64;
            continue;
        }
        unsigned spaces = (unsigned)__builtin_ctzll(notSpace);
        index += spaces;
        offset += spaces;
        // A word is read from the masks when it starts in the first 48 bytes of the window (and
        // the 64 bytes from it are all in the text).
        if (offset > 48 || index + 64 > count) continue;
        uint8_t byte = bytes[index];
        uint64_t run = masks.word >> offset;
        if (!(run & 1)) {
            if (byte >= 0x80) {
                // Punctuation and spaces outside ASCII set no flag; a letter is the byte loop's.
                if (!jf_is_separator_scalar(bytes, count, index)) break;
                index += jf_scalar_width(bytes, count, index);
                continue;
            }
            if (byte == '/' || byte == '&') {
                jf_token *token = base + written++;
                token->start = (int32_t)index;
                token->end = (int32_t)(index + 1);
                token->key = byte == '/' ? slashKey : andKey;
                token->flagBits = JF_TOKEN_JOINER;
                token->joinedKey = 0;
                token->rootSlots = jf_root_probe(root, token->key);
                jf_list_hit(hits, &hitCount, written - 1, token->rootSlots);
                index += 1;
                continue;
            }
            // ".NET": a dot that starts a word is the byte loop's.
            if (byte == '.' && jf_is_letter(bytes[index + 1]) && !(index > 0 && jf_is_alphanumeric(bytes[index - 1])))
                break;
            if (written > 0) base[written - 1].flagBits |= jf_separator_flags[byte];
            index += 1;
            continue;
        }
        unsigned length = (unsigned)__builtin_ctzll(~run);
        if (length > 15 || offset + length >= 64) break;
        size_t end = index + length;
        uint8_t next = bytes[end];
        int hyphenAfter = 0;
        if (jf_may_continue(next)) {
            uint8_t after = bytes[end + 1];
            if (next == '.') {
                // A dot ends the word unless a letter or digit follows ("Node.js", "3.11").
                if (jf_is_alphanumeric(after)) break;
            } else if (next == '-') {
                // A hyphen at a line break may rejoin a word ("develop-\nment"): the byte loop's.
                if (after == 0x0A) break;
                hyphenAfter = jf_is_alphanumeric(after);
            } else if (next >= 0x80) {
                // Punctuation outside ASCII ends the word; ’ and letters may continue it.
                if (next == 0xE2 && after == 0x80 && bytes[end + 2] == 0x99) break;
                if (!jf_is_separator_scalar(bytes, count, end)) break;
            } else {
                break;
            }
        }
        // Letters and digits only: setting bit 5 lowercases letters and leaves digits as they are.
        uint64_t lowercase = 0x2020202020202020ULL;
        uint64_t first = (jf_load64(bytes + index) | lowercase) & jf_low_bytes(length);
        uint64_t second = length > 8 ? (jf_load64(bytes + index + 8) | lowercase) & jf_low_bytes(length - 8) : 0;
        // This word's bytes before folding start the joined key of the next ("e-mail").
        uint64_t unfoldedFirst = first;
        uint64_t unfoldedSecond = second;
        uint64_t bits = (1ULL << length) - 1;
        uint64_t upper = (masks.upper >> offset) & bits;
        uint64_t lower = (masks.lower >> offset) & bits;
        int upperCount = upper == 0 ? 0 : (upper & (upper - 1)) == 0 ? 1 : 2;
        int lowerCount = lower == 0 ? 0 : (lower & (lower - 1)) == 0 ? 1 : 2;
        int digitsOnly = upper == 0 && lower == 0;
        uint16_t flags = (uint16_t)(upper & 1);
        if (upperCount >= 2 && lowerCount == 0) flags |= JF_TOKEN_ALL_CAPS;
        if (digitsOnly) flags |= JF_TOKEN_NUMBER;
        // The plural fold of `jf_folded_length` (a plain word has no `.`, `+` or byte outside
        // ASCII); only words ending in "s" are looked at again.
        unsigned folded = length;
        const uint8_t *word = bytes + index;
        if ((word[length - 1] | 0x20) == 's' && !digitsOnly && length >= 3) {
            int acronym = upperCount >= 2 && lowerCount == 1 && word[length - 1] == 's';
            if (acronym) {
                folded = length - 1;
            } else if (length >= 4) {
                uint8_t previous = word[length - 2] | 0x20;
                int https = length == 5 && (word[0] | 0x20) == 'h' && (word[3] | 0x20) == 'p';
                if (!https && previous != 's' && previous != 'u' && previous != 'i') {
                    folded = length - 1;
                    if (previous == 'e' && (word[length - 3] | 0x20) == 'i' && length >= 5) {
                        // "ies" → "y": the byte before "es" becomes "y".
                        folded = length - 2;
                        unsigned at = length - 3;
                        if (at < 8) {
                            first = (first & ~(0xFFULL << (8 * at))) | ((uint64_t)'y' << (8 * at));
                        } else {
                            second = (second & ~(0xFFULL << (8 * (at - 8)))) | ((uint64_t)'y' << (8 * (at - 8)));
                        }
                    }
                }
            }
            first &= jf_low_bytes(folded);
            second &= folded > 8 ? jf_low_bytes(folded - 8) : 0;
        }
        if (state->pendingValid && written > 0) {
            jf_token *last = base + written - 1;
            if ((last->flagBits & JF_TOKEN_HYPHEN_AFTER) && (size_t)last->end + 1 == index) {
                last->joinedKey = jf_joined_key(state->pending, state->pendingLength, first, second, folded);
                if (root) jf_list_joined_hit(root, hits, &hitCount, last, written - 1);
            }
        }
        state->pendingValid = hyphenAfter;
        if (hyphenAfter) {
            flags |= JF_TOKEN_HYPHEN_AFTER;
            jf_store64(state->pending, unfoldedFirst);
            jf_store64(state->pending + 8, unfoldedSecond);
            state->pendingLength = length;
        }
        jf_token *token = base + written++;
        token->start = (int32_t)index;
        token->end = (int32_t)end;
        // The same value as adding the bytes one by one (two blocks, the length in the top byte).
        uint64_t key = jf_mix(jf_mix(jf_basis, first), second ^ ((uint64_t)folded << 56));
        token->key = key;
        token->flagBits = flags;
        token->joinedKey = 0;
        uint16_t slots = jf_root_probe(root, key);
        token->rootSlots = slots;
        jf_list_hit(hits, &hitCount, written - 1, slots);
        index = end;
    }
    tokens->count = written;
    tokens->hitCount = hitCount;
    return index;
}

size_t jf_tokenize(
    const uint8_t *bytes, size_t count, jf_token *base, size_t capacity, const jf_root_table *root,
    int32_t *hits, size_t *hitCount) {
    jf_tokens tokens = {base, 0, capacity, 0, root, root ? hits : NULL, 0};
    jf_state state;
    state.pendingLength = 0;
    state.pendingValid = 0;
    const uint64_t slashKey = jf_token_key((const uint8_t *)"/", 1);
    const uint64_t andKey = jf_token_key((const uint8_t *)"and", 3);
    // Whether the plain-text reader just stopped at `index` (so the byte loop reads this token).
    int fastTried = 0;
    size_t index = 0;
    while (index < count) {
        uint8_t byte = bytes[index];
        // Spaces are the most common byte between words and change no flag.
        if (byte == ' ') {
            index += 1;
            continue;
        }
        int isAsciiWord = jf_is_lower(byte) || jf_is_upper(byte) || jf_is_digit(byte);
        if (isAsciiWord) {
            if (index + 64 <= count && !fastTried) {
                // The plain-text reader stops at what the byte loop must read: it reads one
                // token before the next try.
                index = jf_read_plain_run(bytes, count, index, &tokens, &state, slashKey, andKey);
                fastTried = 1;
                continue;
            }
            fastTried = 0;
            index = jf_read_and_emit_word(bytes, count, index, 0, &state, &tokens);
            continue;
        }
        fastTried = 0;
        if (byte == '.') {
            // ".NET": a dot that starts a word.
            int previousIsWord = index > 0 && jf_is_alphanumeric(bytes[index - 1]);
            if (!previousIsWord && index + 1 < count && jf_is_letter(bytes[index + 1])) {
                index = jf_read_and_emit_word(bytes, count, index, 1, &state, &tokens);
                continue;
            }
        } else if (byte >= 0x80 && !jf_is_separator_scalar(bytes, count, index)) {
            index = jf_read_and_emit_word(bytes, count, index, 0, &state, &tokens);
            continue;
        } else if (byte == '/') {
            jf_append(&tokens, (int32_t)index, (int32_t)(index + 1), slashKey, JF_TOKEN_JOINER);
            index += 1;
            continue;
        } else if (byte == '&') {
            jf_append(&tokens, (int32_t)index, (int32_t)(index + 1), andKey, JF_TOKEN_JOINER);
            index += 1;
            continue;
        }
        // A separator: it marks the token before it.
        if (tokens.count > 0) {
            jf_token *last = tokens.base + tokens.count - 1;
            switch (byte) {
            case ',': last->flagBits |= JF_TOKEN_COMMA_AFTER; break;
            case '.': case '!': case '?': case ';': case ':': case 0x0A:
                last->flagBits |= JF_TOKEN_SENTENCE_END_AFTER;
                break;
            case '(': case ')': last->flagBits |= JF_TOKEN_PARENTHESIS_AFTER; break;
            default: break;
            }
        }
        index += byte >= 0x80 ? jf_scalar_width(bytes, count, index) : 1;
    }
    if (hitCount) *hitCount = tokens.hitCount;
    return tokens.overflowed ? SIZE_MAX : tokens.count;
}
