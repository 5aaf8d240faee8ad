namespace DemandAtlas.Web.Data;

/// <summary>
/// A store the app cannot use, for a reason its operator fixes (a malformed connection string, a folder it may not
/// write, a store from a newer version, one in use by another process). The message is one line saying what is wrong
/// and how to fix it; the site and the verbs print it instead of a stack trace.
/// </summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
