using BenchmarkDotNet.Running;
using StreamFilter.Benchmarks;

if (args is ["keystroke-holdback", ..])
{
    KeystrokeHoldbackReport.Run();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(KeystrokeBenchmarks).Assembly).Run(args);
