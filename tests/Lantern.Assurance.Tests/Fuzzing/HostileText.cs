using CsCheck;

namespace Lantern.Assurance.Tests.Fuzzing;

/// <summary>
/// Text to throw at the engines: random Unicode (controls, unpaired surrogates), punctuation storms, very long tokens,
/// quotes inside quotes, and many sentences of the words the rules look for, so that rules fire as well as fail to.
/// </summary>
internal static class HostileText
{
    private static readonly string[] Words =
    [
        "he", "she", "they", "Mr", "Ms", "Calder", "Morag", "Gavin", "the", "children", "child", "mother", "father", "partner",
        "failed", "to", "protect", "allowed", "let", "him", "her", "back", "domestic", "dispute", "incident", "argument", "volatile",
        "relationship", "both", "parents", "lost", "his", "temper", "pushed", "allegedly", "claims", "no", "evidence", "that", "not",
        "denied", "couple", "mutual", "chose", "stay", "with", "abuser", "was", "drunk", "only", "once", "slapped", "hit",
        "domestic violence", "family violence", "ensure", "keep", "away", "from", "attend", "programme", "said", "\"", "'", "“", "”",
    ];

    private static readonly char[] Punctuation = ".!?;:,\"'“”‘’«»-–—()[]{}…/\\@#*~|_^`".ToCharArray();

    /// <summary>Many sentences of the words the rules look for, joined by punctuation and line breaks.</summary>
    public static Gen<string> Sentences { get; } =
        Gen.Select(Gen.OneOf(Words).Array[1, 14], Gen.OneOf(". ", "! ", "? ", "\n", "; ", " — ", "...", "\r\n\r\n", "", " \""),
                (words, end) => string.Join(' ', words) + end)
            .Array[1, 300]
            .Select(string.Concat);

    public static Gen<string> Any { get; } = Gen.Frequency<string>(
        (3, Gen.Char.Array[0, 400].Select(c => new string(c))),
        (2, Gen.OneOf(Punctuation).Array[1, 3_000].Select(c => new string(c))),
        (1, Gen.Select(Gen.Char['a', 'z'], Gen.Int[1, 60_000], (c, n) => new string(c, n))),
        (2, Gen.Int[1, 60].Select(depth => string.Concat(Enumerable.Range(0, depth).Select(i => i % 2 == 0 ? "\"she said '" : "he said \"")) + "he hit her")),
        (4, Sentences));
}
