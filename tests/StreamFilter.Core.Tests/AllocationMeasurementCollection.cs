namespace StreamFilter.Core.Tests;

/// <summary>
/// Tests that count this thread's allocated bytes run alone, after the parallel ones: while other
/// tests run beside them, runtime work that lands on the measuring thread (seen as 96-768 bytes per
/// scan in about one full run in three) makes an allocation-free scan look as if it allocated.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationMeasurementCollection
{
    public const string Name = "allocation measurement";
}
