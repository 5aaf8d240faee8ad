using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Importing.Parsing;

namespace DemandAtlas.Web.Importing.Writing;

/// <summary>
/// Applies a document's value to a field unless staff edited that field since the last import; then the edit
/// stands and the difference is reported as an `edit-conflict` warning for someone to look at.
/// </summary>
internal sealed class FieldMerge(Jurisdiction jurisdiction, string file, List<ProfileIssue> warnings)
{
    private readonly HashSet<string> edited = jurisdiction.EditedFields.Select(e => e.Field).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public void Apply<T>(string field, T current, T incoming, Action<T> set)
    {
        if (EqualityComparer<T>.Default.Equals(current, incoming))
        {
            return;
        }

        if (edited.Contains(field))
        {
            warnings.Add(new ProfileIssue(null, WarningCodes.EditConflict,
                $"{field} was edited by staff since the last import; {file} has a different value, which was not applied"));
            return;
        }

        set(incoming);
    }

    /// <summary>
    /// True when staff edited a whole list (operations, partners, sources, neighbours) since the last import:
    /// the list stands as they left it and the document's version is reported, not applied.
    /// </summary>
    public bool KeepsStaffList(string field, string what)
    {
        if (!edited.Contains(field))
        {
            return false;
        }

        warnings.Add(new ProfileIssue(null, WarningCodes.EditConflict,
            $"{field} were edited by staff since the last import; the {what} in {file} were not applied"));
        return true;
    }
}
