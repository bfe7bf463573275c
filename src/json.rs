//! A small JSON reader and writer for the one value the first part stores (the quiz progress,
//! `saved.rs`), so that its wasm carries no serde_json.
//!
//! The reader accepts exactly the JSON serde_json accepts, field by field, as the progress
//! decoder used it: whitespace anywhere between tokens, object keys in any order and with
//! escapes, unknown fields skipped after a check of their syntax (as serde_json skips them:
//! any depth, a lone surrogate escape allowed there), and, where a value is used, strings
//! without lone surrogates and whole numbers without sign, fraction or exponent. It reads in one
//! pass and never recurses on nesting, so no input can overflow the stack; on anything else it
//! returns a reason, never panics.

/// Why a text could not be read; [`Reader::reason`] adds where.
pub type Refusal = &'static str;

/// A cursor over JSON text.
pub struct Reader<'a> {
    text: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Self {
        Reader { text: text.as_bytes(), at: 0 }
    }

    /// A refusal with the byte where reading stopped, as a sentence fragment.
    pub fn reason(&self, what: Refusal) -> String {
        format!("{what} at byte {}", self.at)
    }

    /// The next byte after any whitespace, not taken.
    fn peek(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.text.get(self.at) {
            self.at += 1;
        }
        self.text.get(self.at).copied()
    }

    /// Takes the next byte after any whitespace if it is `byte`.
    pub fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        if found {
            self.at += 1;
        }
        found
    }

    /// Takes the next byte after any whitespace, which must be `byte`.
    pub fn expect(&mut self, byte: u8) -> Result<(), Refusal> {
        if self.eat(byte) {
            Ok(())
        } else {
            Err(match byte {
                b':' => "expected `:`",
                b',' => "expected `,`",
                b']' => "expected `]`",
                _ => "expected `}`",
            })
        }
    }

    fn next(&mut self) -> Option<u8> {
        let byte = self.text.get(self.at).copied();
        self.at += usize::from(byte.is_some());
        byte
    }

    /// Reads an object, handing each key, decoded, to `field`, which reads its value.
    pub fn object(&mut self, mut field: impl FnMut(&mut Self, String) -> Result<(), Refusal>) -> Result<(), Refusal> {
        if !self.eat(b'{') {
            return Err("expected an object");
        }
        if self.eat(b'}') {
            return Ok(());
        }
        loop {
            if self.peek() != Some(b'"') {
                return Err("expected a key");
            }
            let key = self.string()?;
            self.expect(b':')?;
            field(self, key)?;
            if self.eat(b'}') {
                return Ok(());
            }
            if !self.eat(b',') {
                return Err("expected `,` or `}`");
            }
        }
    }

    /// Reads a string, refusing a lone surrogate escape.
    pub fn string(&mut self) -> Result<String, Refusal> {
        let mut out = Vec::new();
        self.text_into(Some(&mut out))?;
        String::from_utf8(out).map_err(|_| "a string that is not text")
    }

    /// Reads a string into `out`, or only checks it when there is none (then a lone surrogate
    /// escape passes, as serde_json lets it pass in a value it skips).
    fn text_into(&mut self, mut out: Option<&mut Vec<u8>>) -> Result<(), Refusal> {
        if !self.eat(b'"') {
            return Err("expected a string");
        }
        loop {
            let byte = match self.next() {
                None => return Err("an unfinished string"),
                Some(b'"') => return Ok(()),
                Some(0..=0x1f) => return Err("a control character in a string"),
                Some(b'\\') => match self.next() {
                    Some(b'u') => {
                        let unit = self.hex()?;
                        if let Some(out) = out.as_deref_mut() {
                            let c = self.character(unit)?;
                            out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                        }
                        continue;
                    }
                    Some(b'b') => 0x08,
                    Some(b'f') => 0x0c,
                    Some(b'n') => b'\n',
                    Some(b'r') => b'\r',
                    Some(b't') => b'\t',
                    Some(plain @ (b'"' | b'\\' | b'/')) => plain,
                    _ => return Err("an unknown escape"),
                },
                Some(byte) => byte,
            };
            if let Some(out) = out.as_deref_mut() {
                out.push(byte);
            }
        }
    }

    /// The four hex digits of a `\u` escape.
    fn hex(&mut self) -> Result<u32, Refusal> {
        let mut unit = 0;
        for _ in 0..4 {
            match self.next().and_then(|b| char::from(b).to_digit(16)) {
                Some(digit) => unit = unit * 16 + digit,
                None => return Err("a bad `\\u` escape"),
            }
        }
        Ok(unit)
    }

    /// The character of a `\u` escape: a leading surrogate must be followed by the escape of
    /// a trailing one.
    fn character(&mut self, unit: u32) -> Result<char, Refusal> {
        let unit = if (0xd800..0xdc00).contains(&unit) {
            if self.next() != Some(b'\\') || self.next() != Some(b'u') {
                return Err("a lone surrogate");
            }
            let low = self.hex()?;
            if !(0xdc00..0xe000).contains(&low) {
                return Err("a lone surrogate");
            }
            0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00)
        } else {
            unit
        };
        match char::from_u32(unit) {
            Some(c) => Ok(c),
            None => Err("a lone surrogate"),
        }
    }

    /// Reads a whole number: no sign, fraction or exponent, as serde_json reads an unsigned
    /// field.
    pub fn whole(&mut self) -> Result<u64, Refusal> {
        let start = self.peek().map(|_| self.at);
        let mut value: u64 = 0;
        while let Some(digit @ b'0'..=b'9') = self.text.get(self.at).copied() {
            if value == 0 && Some(self.at) != start {
                return Err("a number with a leading zero");
            }
            value = match value.checked_mul(10).and_then(|v| v.checked_add(u64::from(digit - b'0'))) {
                Some(value) => value,
                None => return Err("a number too large"),
            };
            self.at += 1;
        }
        match self.text.get(self.at) {
            _ if Some(self.at) == start => Err("expected a whole number"),
            Some(b'.' | b'e' | b'E') => Err("expected a whole number"),
            _ => Ok(value),
        }
    }

    /// Reads `true` or `false`.
    pub fn bool(&mut self) -> Result<bool, Refusal> {
        if self.word(b"true") {
            Ok(true)
        } else if self.word(b"false") {
            Ok(false)
        } else {
            Err("expected `true` or `false`")
        }
    }

    /// Reads `null`.
    pub fn null(&mut self) -> Result<(), Refusal> {
        if self.word(b"null") {
            Ok(())
        } else {
            Err("expected `null`")
        }
    }

    /// Checks and passes over any value, however deep, keeping a stack of the arrays and
    /// objects it is in rather than recursing.
    pub fn skip(&mut self) -> Result<(), Refusal> {
        let mut open: Vec<u8> = Vec::new();
        loop {
            // A value.
            match self.peek() {
                Some(b'"') => self.text_into(None)?,
                Some(b'-' | b'0'..=b'9') => self.number()?,
                Some(b't' | b'f') => {
                    self.bool()?;
                }
                Some(b'n') if self.word(b"null") => {}
                Some(close @ (b'[' | b'{')) => {
                    self.at += 1;
                    let close = if close == b'[' { b']' } else { b'}' };
                    if !self.eat(close) {
                        open.push(close);
                        self.key_of(close)?;
                        continue;
                    }
                }
                _ => return Err("expected a value"),
            }
            // What follows it: the next member, or the ends of what it closes.
            loop {
                let Some(&close) = open.last() else {
                    return Ok(());
                };
                if self.eat(b',') {
                    self.key_of(close)?;
                    break;
                }
                if !self.eat(close) {
                    return Err("expected `,` or the end of an array or object");
                }
                open.pop();
            }
        }
    }

    /// In an object, checks a key and its colon before the value.
    fn key_of(&mut self, close: u8) -> Result<(), Refusal> {
        if close == b'}' {
            self.text_into(None)?;
            self.expect(b':')?;
        }
        Ok(())
    }

    /// Checks and passes over a number of any size.
    fn number(&mut self) -> Result<(), Refusal> {
        if self.text.get(self.at) == Some(&b'-') {
            self.at += 1;
        }
        let first = self.text.get(self.at).copied();
        let whole = self.digits();
        if whole == 0 || (first == Some(b'0') && whole > 1) {
            return Err("a bad number");
        }
        if self.text.get(self.at) == Some(&b'.') {
            self.at += 1;
            if self.digits() == 0 {
                return Err("a bad number");
            }
        }
        if let Some(b'e' | b'E') = self.text.get(self.at) {
            self.at += 1;
            if let Some(b'+' | b'-') = self.text.get(self.at) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err("a bad number");
            }
        }
        Ok(())
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while self.text.get(self.at).is_some_and(u8::is_ascii_digit) {
            self.at += 1;
        }
        self.at - start
    }

    /// Takes `word` if the text goes on with it.
    fn word(&mut self, word: &[u8]) -> bool {
        let found = self.peek().is_some() && self.text.get(self.at..).is_some_and(|rest| rest.starts_with(word));
        if found {
            self.at += word.len();
        }
        found
    }

    /// Ends the reading: nothing but whitespace may follow.
    pub fn end(&mut self) -> Result<(), Refusal> {
        match self.peek() {
            None => Ok(()),
            Some(_) => Err("trailing characters"),
        }
    }
}

/// Writes a string as serde_json does: quoted, with `"`, `\` and control characters escaped
/// (the usual short escapes, else `\u00xx`), everything else as it is.
pub fn write_str(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\0'..='\u{1f}' => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let code = c as usize;
                out.push_str("\\u00");
                out.push(char::from(HEX[code >> 4]));
                out.push(char::from(HEX[code & 15]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
