using System.Runtime.InteropServices;

namespace StreamFilter.Kafka.Native;

/// <summary>
/// Loads the native Kafka client once per process. Confluent.Kafka 1.9.3 looks for the library in its
/// own runtimes/ folder (librdkafka.redist, which we do not ship) and, given a path, opens it through
/// "libdl", a name only the glibc development package provides. Debian's runtime packages have
/// librdkafka.so.1 and libdl.so.2, so a DllImport resolver on Confluent.Kafka maps both names.
/// </summary>
public static class Librdkafka
{
    /// <summary>The soname every P/Invoke in this assembly binds to.</summary>
    public const string LibraryName = "librdkafka.so.1";

    /// <summary>Where Debian's librdkafka1 package puts it, tried when the loader's search path does not find the soname.</summary>
    public const string DebianPath = "/usr/lib/x86_64-linux-gnu/librdkafka.so.1";

    private static readonly Lock Gate = new();
    private static bool loaded;

    /// <summary>Call before creating any Kafka client. Safe to call repeatedly and from any thread.</summary>
    /// <exception cref="DllNotFoundException">librdkafka is not installed; the message says what to install.</exception>
    public static void EnsureLoaded()
    {
        lock (Gate)
        {
            if (loaded)
            {
                return;
            }
            var path = File.Exists(DebianPath) ? DebianPath : LibraryName;
            try
            {
                NativeLibrary.SetDllImportResolver(typeof(Confluent.Kafka.Library).Assembly, (name, assembly, searchPath) => name switch
                {
                    "libdl" => NativeLibrary.Load("libdl.so.2"),
                    "librdkafka" => NativeLibrary.Load(path),
                    _ => IntPtr.Zero,
                });
                Confluent.Kafka.Library.Load(path);
            }
            catch (Exception ex) when (ex is DllNotFoundException or InvalidOperationException or BadImageFormatException)
            {
                throw new DllNotFoundException($"Cannot load the native Kafka client ({path}): install librdkafka (Debian: apt-get install librdkafka1).", ex);
            }
            loaded = true;
        }
    }

    /// <summary>The librdkafka version actually loaded, e.g. "2.0.2".</summary>
    public static string Version
    {
        get
        {
            EnsureLoaded();
            return Confluent.Kafka.Library.VersionString;
        }
    }
}
