using System.Runtime.InteropServices;

namespace StreamFilter.Kafka.Native;

/// <summary>
/// Loads the native Kafka client once per process: exactly the librdkafka that the librdkafka.redist
/// package ships beside us, its glibc-only build <see cref="BundledFileName"/>. The package's main
/// linux-x64 library needs libsasl2.so.3, which Debian 12 lacks; Confluent.Kafka would then fall back
/// to whatever system librdkafka the loader finds (an older one crashes on a missing entry point), and
/// its <c>Library.Load(path)</c> opens the file through "libdl", a name only glibc's development package
/// provides. So DllImport resolvers on Confluent.Kafka and on this assembly map every name they ask for
/// to the one handle opened here, and anything but the file and version this code was written for
/// refuses to start, naming what it found (<see cref="Describe"/>).
/// </summary>
public static class Librdkafka
{
    /// <summary>The name every P/Invoke in this assembly binds to (resolved to the loaded handle).</summary>
    public const string LibraryName = "librdkafka";

    /// <summary>The librdkafka version the stage's native record path and the tests were written and run against.</summary>
    public const string PinnedVersion = "2.16.0";

    /// <summary>The package's build that links only glibc (OpenSSL, SASL SCRAM/OAUTHBEARER, zstd and lz4 built in).</summary>
    public const string BundledFileName = "centos8-librdkafka.so";

    /// <summary>The names Confluent.Kafka 2.16's DllImports ask for: its main, CentOS 8 and Alpine bindings.</summary>
    private static readonly string[] ConfluentNames = ["librdkafka", "centos8-librdkafka", "alpine-librdkafka"];

    private static readonly Lock Gate = new();
    private static bool loaded;

    /// <summary>
    /// Where the package's file is: under runtimes/linux-x64/native beside the application (build and
    /// framework-dependent publish), or flattened into it (a publish for linux-x64). Null when neither exists.
    /// </summary>
    public static string? FindBundled(string baseDirectory, Func<string, bool> exists)
    {
        string[] candidates =
        [
            Path.Combine(baseDirectory, "runtimes", "linux-x64", "native", BundledFileName),
            Path.Combine(baseDirectory, BundledFileName),
        ];
        return Array.Find(candidates, candidate => exists(candidate));
    }

    /// <summary>Null when <paramref name="version"/> is the pinned one; otherwise why the stage refuses to start.</summary>
    public static string? Describe(string path, string version) =>
        version == PinnedVersion
            ? null
            : $"The native Kafka client at {path} is librdkafka {version}; the stage runs only on {PinnedVersion}, the version of the " +
              $"librdkafka.redist package it was built with (its native record path reads that version's structures). Restore and rebuild, " +
              "or change src/StreamFilter.Kafka/Native/Librdkafka.cs and its tests together.";

    /// <summary>Call before creating any Kafka client. Safe to call repeatedly and from any thread.</summary>
    /// <exception cref="DllNotFoundException">The bundled file is missing, does not load, or is not librdkafka <see cref="PinnedVersion"/>; the message says which.</exception>
    public static void EnsureLoaded()
    {
        lock (Gate)
        {
            if (loaded)
            {
                return;
            }
            if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux) || RuntimeInformation.ProcessArchitecture != Architecture.X64)
            {
                throw new DllNotFoundException($"The stage loads librdkafka's {BundledFileName} (linux-x64, glibc) only; this process is {RuntimeInformation.RuntimeIdentifier}.");
            }
            var path = FindBundled(AppContext.BaseDirectory, File.Exists)
                ?? throw new DllNotFoundException($"No {BundledFileName} under {AppContext.BaseDirectory} (runtimes/linux-x64/native/ or beside the application): the librdkafka.redist {PinnedVersion} package was not restored or not copied to the output.");
            IntPtr handle;
            try
            {
                handle = NativeLibrary.Load(path);
            }
            catch (Exception ex) when (ex is DllNotFoundException or BadImageFormatException)
            {
                throw new DllNotFoundException($"Cannot load the native Kafka client {path}: {ex.Message}", ex);
            }
            var version = VersionOf(handle);
            if (Describe(path, version) is { } refusal)
            {
                throw new DllNotFoundException(refusal);
            }
            NativeLibrary.SetDllImportResolver(typeof(Confluent.Kafka.Library).Assembly, (name, assembly, searchPath) =>
                Array.IndexOf(ConfluentNames, name) >= 0 ? handle : IntPtr.Zero);
            NativeLibrary.SetDllImportResolver(typeof(Librdkafka).Assembly, (name, assembly, searchPath) =>
                name == LibraryName ? handle : IntPtr.Zero);
            // No path: Confluent binds its "librdkafka" imports, which the resolver above answers with this handle.
            Confluent.Kafka.Library.Load();
            if (Confluent.Kafka.Library.VersionString != version)
            {
                throw new DllNotFoundException($"Confluent.Kafka bound librdkafka {Confluent.Kafka.Library.VersionString}, not the {version} loaded from {path}.");
            }
            loaded = true;
        }
    }

    /// <summary>The librdkafka version actually loaded, e.g. "2.16.0".</summary>
    public static string Version
    {
        get
        {
            EnsureLoaded();
            return Confluent.Kafka.Library.VersionString;
        }
    }

    /// <summary>rd_kafka_version_str of the handle, read before any binding of ours or Confluent's exists.</summary>
    private static string VersionOf(IntPtr handle)
    {
        if (!NativeLibrary.TryGetExport(handle, "rd_kafka_version_str", out var export))
        {
            return "unknown (no rd_kafka_version_str)";
        }
        unsafe
        {
            var versionString = (delegate* unmanaged<IntPtr>)export;
            return Marshal.PtrToStringUTF8(versionString()) ?? "unknown";
        }
    }
}
