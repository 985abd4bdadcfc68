using System.Runtime.InteropServices;

namespace IonSim.Cli.Infrastructure;

/// <summary>Tells a regular file from a FIFO, device or socket, which .NET's file APIs report alike.</summary>
/// <remarks>Reading a FIFO blocks until a writer comes, <c>/dev/zero</c> never ends, and renaming over a
/// device replaces it; the CLI therefore reads and replaces only regular files. .NET exposes no file type,
/// so this asks the runtime's own native shim (System.Native, shipped with every .NET on Unix), whose
/// status record starts with its flags and the POSIX mode on every platform.</remarks>
internal static class FileKind
{
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;
    private const int Directory = 0x4000;

    /// <summary>True when <paramref name="path"/> names something (links followed) that is not a regular file
    /// or folder: a FIFO, a device or a socket. False when it is a regular file or folder, or does not exist (a dangling link).</summary>
    public static bool IsSpecial(string path)
    {
        if (OperatingSystem.IsWindows() || Stat(path, out FileStatus status) != 0)
        {
            return false;
        }

        int type = status.Mode & TypeMask;
        return type != RegularFile && type != Directory;
    }

    // DllImport rather than LibraryImport: the generated marshaller would need unsafe code for this one call.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern int Stat(string path, out FileStatus status);

    /// <summary>The start of System.Native's FileStatus, padded well beyond its full size.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 512)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }
}
