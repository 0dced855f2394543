using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Running;
using Lantern.Bench;
using Lantern.Practice.Language;

// dotnet run -c Release --project bench/Lantern.Bench -- corpus FILE MB   : write the generated corpus (for bench/language-vs-alex.sh)
// dotnet run -c Release --project bench/Lantern.Bench -- latency          : in-process p50/p99 of one 2 KB note, and single-core MB/s
// dotnet run -c Release --project bench/Lantern.Bench -- [BenchmarkDotNet args] : the BenchmarkDotNet suite
if (args.Length >= 1 && args[0] == "corpus")
{
    var megabytes = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 5;
    await File.WriteAllTextAsync(args[1], CaseNoteCorpus.Generate((int)(megabytes * 1024 * 1024)));
    return 0;
}

if (args.Length >= 1 && args[0] == "latency")
{
    var checker = LanguageChecker.Default;
    var note = CaseNoteCorpus.Note(2048);
    for (var i = 0; i < 2000; i++)
    {
        checker.Check(note);
    }

    const int runs = 20000;
    var times = new double[runs];
    for (var i = 0; i < runs; i++)
    {
        var start = Stopwatch.GetTimestamp();
        checker.Check(note);
        times[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
    }

    Array.Sort(times);
    var corpus = CaseNoteCorpus.Generate(8 << 20);
    checker.Check(corpus);
    var watch = Stopwatch.StartNew();
    var findings = checker.Check(corpus).Count;
    watch.Stop();
    var mb = Encoding.UTF8.GetByteCount(corpus) / 1024.0 / 1024.0;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"2 KB note ({note.Length} chars, {checker.Check(note).Count} findings), {runs} runs: p50 {times[runs / 2]:0.0} µs, p99 {times[(int)(runs * 0.99)]:0.0} µs, max {times[^1]:0.0} µs"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{mb:0.0} MB corpus on one thread: {watch.Elapsed.TotalMilliseconds:0} ms = {mb / watch.Elapsed.TotalSeconds:0.0} MB/s ({findings} findings)"));
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(LanguageBenchmarks).Assembly).Run(args);
return 0;
