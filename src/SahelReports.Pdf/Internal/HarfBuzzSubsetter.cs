using System.Runtime.InteropServices;

namespace SahelReports.Pdf.Internal;

/// <summary>Subsets a TrueType/OpenType font to a set of code points with HarfBuzz's hb_subset (in libHarfBuzzSharp).</summary>
internal static partial class HarfBuzzSubsetter
{
    private const string Library = "libHarfBuzzSharp";
    private const uint MemoryModeDuplicate = 0;
    private const int SetsUnicode = 1;
    private const int SetsLayoutFeatureTag = 6;
    private const uint FlagNoHinting = 0x1;

    /// <summary>Returns a font containing only the glyphs for <paramref name="codePoints"/> (plus .notdef and GSUB closure), without hinting or the 'liga' feature.</summary>
    /// <returns>The subset font's bytes, or <see langword="null"/> when HarfBuzz could not subset the font.</returns>
    public static byte[]? Subset(byte[] font, IEnumerable<int> codePoints)
    {
        IntPtr blob = IntPtr.Zero, face = IntPtr.Zero, input = IntPtr.Zero, subset = IntPtr.Zero, subsetBlob = IntPtr.Zero;
        GCHandle pin = GCHandle.Alloc(font, GCHandleType.Pinned);
        try
        {
            blob = hb_blob_create(pin.AddrOfPinnedObject(), checked((uint)font.Length), MemoryModeDuplicate, IntPtr.Zero, IntPtr.Zero);
            face = hb_face_create(blob, 0);
            input = hb_subset_input_create_or_fail();
            if (input == IntPtr.Zero)
            {
                return null;
            }

            IntPtr unicodes = hb_subset_input_set(input, SetsUnicode);
            foreach (int cp in codePoints)
            {
                hb_set_add(unicodes, checked((uint)cp));
            }

            // Ligatures would make copy and search lose letters ("situa on"), so the subset drops them.
            hb_set_del(hb_subset_input_set(input, SetsLayoutFeatureTag), Tag("liga"));
            hb_subset_input_set_flags(input, FlagNoHinting);
            subset = hb_subset_or_fail(face, input);
            if (subset == IntPtr.Zero)
            {
                return null;
            }

            subsetBlob = hb_face_reference_blob(subset);
            IntPtr data = hb_blob_get_data(subsetBlob, out uint length);
            if (data == IntPtr.Zero || length == 0)
            {
                return null;
            }

            byte[] result = new byte[length];
            Marshal.Copy(data, result, 0, checked((int)length));
            return result;
        }
        finally
        {
            if (subsetBlob != IntPtr.Zero)
            {
                hb_blob_destroy(subsetBlob);
            }

            if (subset != IntPtr.Zero)
            {
                hb_face_destroy(subset);
            }

            if (input != IntPtr.Zero)
            {
                hb_subset_input_destroy(input);
            }

            if (face != IntPtr.Zero)
            {
                hb_face_destroy(face);
            }

            if (blob != IntPtr.Zero)
            {
                hb_blob_destroy(blob);
            }

            pin.Free();
        }
    }

    private static uint Tag(string tag) => ((uint)tag[0] << 24) | ((uint)tag[1] << 16) | ((uint)tag[2] << 8) | tag[3];

    [LibraryImport(Library)]
    private static partial IntPtr hb_blob_create(IntPtr data, uint length, uint mode, IntPtr userData, IntPtr destroy);

    [LibraryImport(Library)]
    private static partial IntPtr hb_face_create(IntPtr blob, uint index);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_set(IntPtr input, int setType);

    [LibraryImport(Library)]
    private static partial void hb_subset_input_set_flags(IntPtr input, uint flags);

    [LibraryImport(Library)]
    private static partial void hb_set_add(IntPtr set, uint codepoint);

    [LibraryImport(Library)]
    private static partial void hb_set_del(IntPtr set, uint codepoint);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_face_reference_blob(IntPtr face);

    [LibraryImport(Library)]
    private static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [LibraryImport(Library)]
    private static partial void hb_blob_destroy(IntPtr blob);

    [LibraryImport(Library)]
    private static partial void hb_face_destroy(IntPtr face);

    [LibraryImport(Library)]
    private static partial void hb_subset_input_destroy(IntPtr input);
}
