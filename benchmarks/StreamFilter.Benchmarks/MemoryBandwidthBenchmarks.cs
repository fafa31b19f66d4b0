using System.Numerics;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Parameters;

namespace StreamFilter.Benchmarks;

/// <summary>
/// The physical ceiling next to every throughput number: how fast one core can merely read memory.
/// Sums 256 MB (far beyond the caches) with SIMD; a scanner cannot beat this on data that size.
/// </summary>
[Config(typeof(Config))]
public class MemoryBandwidthBenchmarks : IBytesPerOperation
{
    private const int Bytes = 256 * 1024 * 1024;
    private byte[] _buffer = [];

    [GlobalSetup]
    public void Setup()
    {
        _buffer = GC.AllocateUninitializedArray<byte>(Bytes, pinned: true);
        new Random(1).NextBytes(_buffer);
    }

    [Benchmark]
    public ulong SingleCoreRead()
    {
        var words = MemoryMarshal.Cast<byte, ulong>(_buffer.AsSpan());
        var acc = Vector<ulong>.Zero;
        var vectors = MemoryMarshal.Cast<ulong, Vector<ulong>>(words);
        foreach (var v in vectors)
        {
            acc += v;
        }
        return Vector.Sum(acc);
    }

    public long BytesPerOperation(ParameterInstances parameters) => Bytes;

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new ThroughputColumn());
    }
}
