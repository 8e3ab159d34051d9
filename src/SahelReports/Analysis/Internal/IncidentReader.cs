using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SahelReports.Incidents;

namespace SahelReports.Analysis.Internal;

/// <summary>The first pass of an aggregation: applies the filters, counts what they leave out, and stores each kept incident's
/// dimension ids, fatalities and civilian-targeting flag in pooled columns. Call <see cref="Dispose"/> to return them.</summary>
internal sealed class IncidentReader : IDisposable
{
    private readonly DimensionEncoder[] _encoders;
    private readonly IncidentFilter _filter;

    public IncidentReader(DimensionEncoder[] encoders, AggregationOptions options, int capacity)
    {
        _encoders = encoders;
        _filter = new IncidentFilter(options);
        Columns = new int[encoders.Length][];
        for (int d = 0; d < Columns.Length; d++)
        {
            Columns[d] = ArrayPool<int>.Shared.Rent(capacity);
        }

        Fatalities = ArrayPool<int>.Shared.Rent(capacity);
        Civilian = ArrayPool<int>.Shared.Rent(capacity);
    }

    public int[][] Columns { get; }

    public int[] Fatalities { get; private set; }

    public int[] Civilian { get; private set; }

    public int Count { get; private set; }

    public int Read { get; private set; }

    public PrecisionExclusions Exclusions => _filter.Exclusions;

    public void ReadAll(IEnumerable<ConflictIncident> incidents)
    {
        // Arrays and lists are walked as spans: no enumerator interface calls per incident.
        switch (incidents)
        {
            case ConflictIncident[] array:
                foreach (ConflictIncident incident in array)
                {
                    Add(incident);
                }

                break;
            case List<ConflictIncident> list:
                foreach (ConflictIncident incident in CollectionsMarshal.AsSpan(list))
                {
                    Add(incident);
                }

                break;
            default:
                foreach (ConflictIncident incident in incidents)
                {
                    Add(incident);
                }

                break;
        }

        for (int d = 0; d < _encoders.Length; d++)
        {
            _encoders[d].Complete(Columns[d].AsSpan(0, Count));
        }
    }

    public void Dispose()
    {
        foreach (int[] column in Columns)
        {
            ArrayPool<int>.Shared.Return(column);
        }

        ArrayPool<int>.Shared.Return(Fatalities);
        ArrayPool<int>.Shared.Return(Civilian);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Add(ConflictIncident incident)
    {
        if (incident is null)
        {
            throw new ArgumentException("The incidents contain a null element at position " + Read.ToString(CultureInfo.InvariantCulture) + ".", "incidents");
        }

        Read++;
        if (!_filter.Keep(incident))
        {
            return;
        }

        int n = Count;
        if (n == Fatalities.Length)
        {
            Grow(n);
        }

        for (int d = 0; d < _encoders.Length; d++)
        {
            Columns[d][n] = _encoders[d].Encode(incident);
        }

        int fatalities = incident.Fatalities;
        int civilian = incident.CivilianTargeting ? 1 : 0;
        Fatalities[n] = fatalities;
        Civilian[n] = civilian;
        Count = n + 1;
    }

    private void Grow(int used)
    {
        for (int d = 0; d < Columns.Length; d++)
        {
            Columns[d] = Grow(Columns[d], used);
        }

        Fatalities = Grow(Fatalities, used);
        Civilian = Grow(Civilian, used);
    }

    private static int[] Grow(int[] array, int used)
    {
        int[] bigger = ArrayPool<int>.Shared.Rent(checked(array.Length * 2));
        Array.Copy(array, bigger, used);
        ArrayPool<int>.Shared.Return(array);
        return bigger;
    }
}
