using System.Text;
using BenchmarkDotNet.Attributes;
using Lantern.Practice.Language;

namespace Lantern.Bench;

/// <summary>Throughput on a 1 MB generated corpus (MB/s = 1 / mean seconds) and latency for one 2 KB note.</summary>
[MemoryDiagnoser]
public class LanguageBenchmarks
{
    private readonly LanguageChecker checker = LanguageChecker.Default;
    private string corpus = "";
    private string note = "";

    [GlobalSetup]
    public void Setup()
    {
        corpus = CaseNoteCorpus.Generate(1 << 20);
        note = CaseNoteCorpus.Note(2048);
        if (Encoding.UTF8.GetByteCount(corpus) < 1 << 20)
        {
            throw new InvalidOperationException("Corpus too small.");
        }
    }

    [Benchmark(Description = "Check 1 MB corpus")]
    public int CheckCorpus() => checker.Check(corpus).Count;

    [Benchmark(Description = "Check one 2 KB note")]
    public int CheckNote() => checker.Check(note).Count;
}
