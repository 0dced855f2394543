namespace Lantern.Practice.Language;

internal enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Possessive,
    QuoteMark,
}

[Flags]
internal enum TokenFlags : ushort
{
    None = 0,
    Capitalized = 1,
    Quoted = 2,
    SentenceEnd = 4,
    Abbreviation = 8,
    FemaleStart = 16,
    MaleStart = 32,
    ChildStart = 64,
    HardBoundary = 128,
    FemaleName = 256,
    MaleName = 512,
    ChildName = 1024,
}

/// <summary>One token of the checked text: a slice (no string), the vocabulary id of its lower-case form, and flags.</summary>
internal struct Token
{
    public int Start;
    public int Length;
    public int Word;
    public TokenKind Kind;
    public TokenFlags Flags;

    public readonly bool Has(TokenFlags flag) => (Flags & flag) != 0;

    public readonly int End => Start + Length;
}
