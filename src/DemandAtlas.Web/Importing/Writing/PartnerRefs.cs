using DemandAtlas.Web.Editing;

namespace DemandAtlas.Web.Importing.Writing;

/// <summary>
/// The partners one document or one staff save names, each resolved once through <see cref="PartnerResolver"/>:
/// two names can lead to one stored partner (a merge, or case and spacing), which then is one <see cref="PartnerRef"/>.
/// </summary>
internal sealed class PartnerRefs(PartnerResolver resolver)
{
    private readonly Dictionary<string, PartnerRef> bySlug = new(StringComparer.Ordinal);
    private readonly Dictionary<int, PartnerRef> byId = [];

    /// <summary>The partner a slug already resolved to in this document, if any.</summary>
    public PartnerRef? Find(string slug) => bySlug.GetValueOrDefault(slug);

    /// <param name="parent">Where a partner new to the store belongs (a sub-unit's parent); ignored for a stored one.</param>
    public PartnerRef Resolve(string slug, string name, PartnerRef? parent = null)
    {
        if (bySlug.TryGetValue(slug, out var known))
        {
            return known;
        }

        var resolved = resolver.Find(slug) is { } id
            ? byId.TryGetValue(id, out var same) ? same : byId[id] = new PartnerRef(id, slug, name, null)
            : new PartnerRef(null, slug, name, parent);
        return bySlug[slug] = resolved;
    }
}
