using System.Runtime.InteropServices;
using System.Text;
using SkiaSharp;

namespace SahelReports.Pdf.Internal;

/// <summary>
/// The fonts of one rendering: the embedded Noto Sans faces, Noto Sans Arabic, and system fallbacks found per character.
/// Records every code point drawn with each face so the second layout pass can use HarfBuzz subsets of the same faces.
/// </summary>
internal sealed class PdfFonts : IDisposable
{
    private const int ArabicFace = 3;
    private static readonly string[] s_embedded = ["NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSansArabic-Regular.ttf", "NotoSansMath-Regular.ttf", "NotoSansSymbols2-Regular.ttf"];
    private static readonly Lazy<byte[][]> s_embeddedBytes = new(() => s_embedded.Select(Load).ToArray());

    private static readonly Lazy<string[]> s_systemFontFiles = new(() => Directory.Exists("/usr/share/fonts")
        ? Directory.EnumerateFiles("/usr/share/fonts", "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".otf", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToArray()
        : []);

    private readonly List<Face> _faces = [];
    // Keyed by code point × 4 + role: a (FontRole, int) tuple key boxes the enum to hash it (24 bytes per look-up, one
    // look-up per character measured: 34 MB for the event ids of a 100,000-row annex), and both fields while the
    // dictionary's code runs unoptimised (the JIT's first tier).
    private readonly Dictionary<int, int> _resolved = [];
    // Keyed by face and the size's bits in one long: a (int, float) tuple key boxes both to hash them until the JIT has
    // optimised the dictionary's code (its unoptimised first tier runs during most of a first rendering).
    private readonly Dictionary<long, SKFont> _fonts = [];

    public PdfFonts()
    {
        foreach (byte[] bytes in s_embeddedBytes.Value)
        {
            // The embedded fonts' bytes are pinned and kept for the process (Load): Skia reads them in place instead of every
            // rendering copying ~3 MB into native memory.
            _faces.Add(new Face(bytes, SKTypeface.FromData(SKData.Create(Marshal.UnsafeAddrOfPinnedArrayElement(bytes, 0), bytes.Length))));
        }
    }

    /// <summary>Gets the code points that no embedded or system font could draw (drawn as the .notdef box, and reported here).</summary>
    public SortedSet<int> MissingCodePoints { get; } = [];

    /// <summary>Gets a value indicating whether the faces in use are subsets (second pass).</summary>
    public bool IsSubset { get; private set; }

    /// <summary>Gets a value indicating whether the face draws right-to-left script that needs shaping.</summary>
    public static bool IsArabic(int face) => face == ArabicFace;

    /// <summary>Returns the face index that draws <paramref name="codePoint"/> in <paramref name="role"/>: the role's face, then Noto Sans Arabic, then a system font.</summary>
    public int Resolve(FontRole role, int codePoint)
    {
        int key = (codePoint * 4) + (int)role;
        if (_resolved.TryGetValue(key, out int found))
        {
            return found;
        }

        int result = (int)role;
        if (codePoint is ' ' or '\u00A0' or '\u202F' or '\t')
        {
            result = (int)role;
        }
        else if (_faces[(int)role].Probe.ContainsGlyph(codePoint))
        {
            result = (int)role;
        }
        else if (_faces[ArabicFace].Probe.ContainsGlyph(codePoint))
        {
            result = ArabicFace;
        }
        else if (_faces[0].Probe.ContainsGlyph(codePoint))
        {
            result = 0;
        }
        else if (SymbolFace(codePoint) is int symbol and > 0)
        {
            result = symbol;
        }
        else
        {
            using SKTypeface? system = SystemFallback(codePoint);
            if (system is not null)
            {
                result = FindOrAddSystemFace(system);
            }
            else
            {
                MissingCodePoints.Add(codePoint);
            }
        }

        _resolved[key] = result;
        return result;
    }

    /// <summary>
    /// Gets the first embedded face after Noto Sans Arabic (math, symbols) with a glyph for the code point, or 0. A loop, not
    /// a LINQ predicate: a lambda capturing the code point made <see cref="Resolve"/> allocate its closure on every call.
    /// </summary>
    private int SymbolFace(int codePoint)
    {
        for (int i = ArabicFace + 1; i < s_embedded.Length; i++)
        {
            if (_faces[i].Probe.ContainsGlyph(codePoint))
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>Records that <paramref name="text"/> is drawn with <paramref name="face"/>, for subsetting.</summary>
    public void Use(int face, string text)
    {
        Face f = _faces[face];
        if (f.Used.Count == 0)
        {
            f.Used.Add(' ');
            f.Used.Add('\u00A0');
            f.Used.Add('\u202F');
        }

        foreach (Rune rune in text.EnumerateRunes())
        {
            int value = rune.Value;
            if (value < 128)
            {
                // Most text is ASCII: a bit per character saves a hash look-up per letter of a 100,000-row table.
                if (!f.UsedAscii[value])
                {
                    f.UsedAscii[value] = true;
                    f.Used.Add(value);
                }
            }
            else
            {
                f.Used.Add(value);
            }
        }
    }

    /// <summary>Returns the (cached) font for a face and size: subpixel positioning, no hinting, linear metrics.</summary>
    public SKFont Font(int face, float size)
    {
        long key = ((long)face << 32) | BitConverter.SingleToUInt32Bits(size);
        if (!_fonts.TryGetValue(key, out SKFont? font))
        {
            font = new SKFont(_faces[face].Drawing, size)
            {
                Subpixel = true,
                Hinting = SKFontHinting.None,
                LinearMetrics = true,
                Edging = SKFontEdging.Antialias,
            };
            _fonts[key] = font;
        }

        return font;
    }

    /// <summary>
    /// Gets the advance widths of the current typeface of <paramref name="face"/> in font units (index: glyph id), read
    /// from the font's metrics table with HarfBuzz: the values Skia's PDF backend uses (an unhinted strike the size of the
    /// em). Drawing positions glyphs with these so that the PDF needs no positioning operator between the glyphs of a run.
    /// </summary>
    public float[] AdvanceUnits(int face, out int unitsPerEm)
    {
        Face f = _faces[face];
        unitsPerEm = f.Drawing.UnitsPerEm > 0 ? f.Drawing.UnitsPerEm : 1024;
        if (f.Advances is null)
        {
            using var stream = new MemoryStream(f.DrawingBytes, writable: false);
            using HarfBuzzSharp.Blob blob = HarfBuzzSharp.Blob.FromStream(stream);
            using var hbFace = new HarfBuzzSharp.Face(blob, 0);
            using var hbFont = new HarfBuzzSharp.Font(hbFace);
            hbFont.SetScale(hbFace.UnitsPerEm, hbFace.UnitsPerEm);
            var advances = new float[f.Drawing.GlyphCount];
            for (int i = 0; i < advances.Length; i++)
            {
                advances[i] = hbFont.GetHorizontalGlyphAdvance((uint)i);
            }

            f.Advances = advances;
        }

        return f.Advances;
    }

    /// <summary>Gets the current bytes of a face (the subset after <see cref="SubsetToUsed"/>), for shaping.</summary>
    public byte[] Bytes(int face) => _faces[face].DrawingBytes;

    /// <summary>Replaces every used face with its HarfBuzz subset to the code points recorded so far.</summary>
    public void SubsetToUsed()
    {
        foreach (SKFont font in _fonts.Values)
        {
            font.Dispose();
        }

        _fonts.Clear();
        foreach (Face face in _faces.Where(f => f.Used.Count > 0))
        {
            byte[]? subset = HarfBuzzSubsetter.Subset(face.FullBytes, face.Used.Order());
            if (subset is not null)
            {
                var typeface = SKTypeface.FromData(SKData.CreateCopy(subset));
                CheckAdvances(face, typeface);
                face.UseDrawing(subset, typeface);
            }
        }

        IsSubset = true;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (SKFont font in _fonts.Values)
        {
            font.Dispose();
        }

        foreach (Face face in _faces)
        {
            face.Dispose();
        }
    }

    /// <summary>
    /// Text is laid out once with the full face and drawn with the subset: every used code point must keep its advance,
    /// or the measured lines and page breaks would not match what is drawn. Throws (a bug, not a data error) if one differs.
    /// </summary>
    private static void CheckAdvances(Face face, SKTypeface subset)
    {
        using var full = new SKFont(face.Full, 1000f) { Subpixel = true, Hinting = SKFontHinting.None, LinearMetrics = true };
        using var small = new SKFont(subset, 1000f) { Subpixel = true, Hinting = SKFontHinting.None, LinearMetrics = true };
        foreach (int codePoint in face.Used)
        {
            string text = char.ConvertFromUtf32(codePoint);
            float expected = full.MeasureText(text);
            float actual = small.MeasureText(text);
            if (Math.Abs(expected - actual) > 0.001f)
            {
                subset.Dispose();
                throw new InvalidOperationException($"The subset of '{face.Full.FamilyName}' changed the advance of U+{codePoint:X4} from {expected} to {actual} (units of 1/1000 em); the layout would not match the drawing.");
            }
        }
    }

    /// <summary>
    /// Reads an embedded font into an array on the pinned object heap (never moved by the GC, kept for the process), so
    /// that typefaces can read it in place; read at its exact length (a growing buffer left ~7 MB of garbage for 3 MB of fonts).
    /// </summary>
    private static byte[] Load(string name)
    {
        using Stream stream = typeof(PdfFonts).Assembly.GetManifestResourceStream("SahelReports.Pdf.Fonts." + name)
            ?? throw new InvalidOperationException($"The embedded font '{name}' is missing from the assembly.");
        byte[] bytes = GC.AllocateUninitializedArray<byte>(checked((int)stream.Length), pinned: true);
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>
    /// Finds an installed font with a glyph for the code point. SkiaSharp's dependency-free Linux build has no fontconfig
    /// character matching, so the font files under /usr/share/fonts are probed in ordinal path order (deterministic on one machine).
    /// </summary>
    private static SKTypeface? SystemFallback(int codePoint)
    {
        using SKTypeface? matched = SKFontManager.Default.MatchCharacter(codePoint);
        if (matched is not null && Has(matched, codePoint))
        {
            return SKFontManager.Default.MatchFamily(matched.FamilyName, matched.FontStyle);
        }

        foreach (string path in s_systemFontFiles.Value)
        {
            SKTypeface? candidate = SKTypeface.FromFile(path);
            if (candidate is not null && Has(candidate, codePoint))
            {
                return candidate;
            }

            candidate?.Dispose();
        }

        return null;
    }

    private static bool Has(SKTypeface typeface, int codePoint)
    {
        using var probe = new SKFont(typeface);
        return probe.ContainsGlyph(codePoint);
    }

    private int FindOrAddSystemFace(SKTypeface system)
    {
        for (int i = s_embedded.Length; i < _faces.Count; i++)
        {
            if (string.Equals(_faces[i].Full.FamilyName, system.FamilyName, StringComparison.Ordinal) && _faces[i].Full.FontStyle.Weight == system.FontStyle.Weight)
            {
                return i;
            }
        }

        using SKStreamAsset stream = system.OpenStream(out int index);
        byte[] bytes = new byte[stream.Length];
        stream.Read(bytes, bytes.Length);
        _faces.Add(new Face(bytes, SKTypeface.FromData(SKData.CreateCopy(bytes), index)));
        return _faces.Count - 1;
    }

    private sealed class Face(byte[] bytes, SKTypeface typeface) : IDisposable
    {
        public byte[] FullBytes { get; } = bytes;

        public SKTypeface Full { get; } = typeface;

        public SKFont Probe { get; } = new(typeface);

        public byte[] DrawingBytes { get; private set; } = bytes;

        public SKTypeface Drawing { get; private set; } = typeface;

        public HashSet<int> Used { get; } = [];

        public bool[] UsedAscii { get; } = new bool[128];

        public float[]? Advances { get; set; }

        public void UseDrawing(byte[] subsetBytes, SKTypeface subset)
        {
            DrawingBytes = subsetBytes;
            Drawing = subset;
            Advances = null;
        }

        public void Dispose()
        {
            if (!ReferenceEquals(Drawing, Full))
            {
                Drawing.Dispose();
            }

            Probe.Dispose();
            Full.Dispose();
        }
    }
}
