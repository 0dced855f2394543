using CsCheck;

namespace Lantern.Assurance.Tests.Fuzzing;

/// <summary>One value from each of several generators, for objects whose number of fields is known only at run time.</summary>
internal sealed class GenAll<T>(IReadOnlyList<Gen<T>> gens) : Gen<T[]>
{
    public override T[] Generate(PCG pcg, Size? min, out Size size)
    {
        // Size only steers shrinking, which the fuzzers do not use (a failure is reported with its seed and request instead).
        _ = Gen.Bool.Generate(pcg, null, out size);
        var values = new T[gens.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = gens[i].Generate(pcg, null, out _);
        }

        return values;
    }
}
