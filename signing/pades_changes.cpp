// What a later revision of a signed PDF changed, object by object, and which of those changes leave
// the earlier signature's document intact: later signatures and their fields, widgets and appearances,
// the form dictionary, text-field values and their appearances, the DSS, document timestamps,
// embedded files and the document information. Anything else that the signed revision's pages and
// catalog reach is a modification of the signed document.
#include "pades_pdf.h"

#include <map>
#include <set>

namespace innodesk::signing::detail {
namespace {

using PoDoFo::PdfMemDocument;
using PoDoFo::PdfName;
using PoDoFo::PdfObject;
using PoDoFo::PdfReference;

// Bounds on the walks, so a hostile file cannot recurse the verifier into the ground.
constexpr int kMaxDepth = 64;

bool IsBookkeeping(const PdfMemDocument& document, const PdfObject* object) {
    const std::string type = NameOf(document, object, "Type");
    return type == "XRef" || type == "ObjStm";
}

// Keys whose values differ between two dictionaries (present in one only counts too).
std::set<std::string> DifferingKeys(const PdfObject* before, const PdfObject* after) {
    std::set<std::string> keys;
    if (!before || !after || !before->IsDictionary() || !after->IsDictionary()) return {"*"};
    for (const auto& [key, value] : before->GetDictionary().GetKeys()) {
        const PdfObject* other = after->GetDictionary().GetKey(key);
        if (!other || Serialised(other) != Serialised(value)) keys.insert(key.GetName());
    }
    for (const auto& [key, value] : after->GetDictionary().GetKeys())
        if (!before->GetDictionary().HasKey(key)) keys.insert(key.GetName());
    return keys;
}

bool Within(const std::set<std::string>& keys, const std::set<std::string>& allowed) {
    for (const std::string& key : keys)
        if (!allowed.count(key)) return false;
    return true;
}

std::string Joined(const std::set<std::string>& keys) {
    std::string text;
    for (const std::string& key : keys) text += (text.empty() ? "/" : ", /") + key;
    return text;
}

class Analysis {
public:
    Analysis(const PdfMemDocument& before, const PdfMemDocument& now, int docmdp)
        : m_before(before), m_now(now), m_docmdp(docmdp) {}

    std::vector<PdfChange> Run() {
        Survey();
        for (const PdfObject* object : m_now.GetObjects()) {
            if (IsBookkeeping(m_now, object)) continue;
            const PdfReference& reference = object->Reference();
            const PdfObject* old = m_before.GetObjects().GetObject(reference);
            if (!old) {
                Added(reference, object);
                continue;
            }
            // The streams first: PoDoFo loads a stream on demand and may then rewrite its dictionary (an
            // indirect /Length), so both are loaded before their dictionaries are compared. An object of
            // the current file already loaded by an earlier signature's comparison would otherwise differ
            // from the same object freshly read from the revision.
            if (RawStream(old) == RawStream(object) && Serialised(old) == Serialised(object)) continue;
            Changed(reference, old, object);
        }
        for (const PdfObject* old : m_before.GetObjects()) {
            if (IsBookkeeping(m_before, old) || m_now.GetObjects().GetObject(old->Reference())) continue;
            if (m_protected.count(old->Reference()))
                Note(old->Reference(), old, false, "đã bị xóa", "was removed");
        }
        return std::move(m_changes);
    }

private:
    // What the signed revision holds: its catalog, pages, content streams, fields and what its
    // signatures and pages reach.
    void Survey() {
        const PdfObject* trailer = m_before.GetTrailer();
        const PdfObject* root = trailer ? trailer->GetDictionary().GetKey(PdfName("Root")) : nullptr;
        if (root && root->IsReference()) m_catalog = root->GetReference();
        const PdfObject* info = trailer ? trailer->GetDictionary().GetKey(PdfName("Info")) : nullptr;
        if (info && info->IsReference()) m_info = info->GetReference();
        const PdfObject* catalog = Catalog(m_before);
        const PdfObject* form_value = catalog->GetDictionary().GetKey(PdfName("AcroForm"));
        if (form_value && form_value->IsReference()) m_form = form_value->GetReference();
        const PdfObject* fields = catalog->GetDictionary().GetKey(PdfName("Fields"));
        const PdfObject* form = Resolve(m_before, form_value);
        if (form && form->IsDictionary()) fields = form->GetDictionary().GetKey(PdfName("Fields"));
        if (fields && fields->IsReference()) m_form_fields = fields->GetReference();

        for (const FormField& field : FormFields(m_before)) {
            if (!field.object->Reference().IsIndirect()) continue;
            m_old_fields[field.object->Reference()] = field;
            // Signed: its value holds a signature (/Contents). PoDoFo writes empty signature fields
            // with a /V dictionary awaiting its signature; signing such a field later is allowed.
            if (field.type == "Sig" && Key(m_before, Key(m_before, field.object, "V"), "Contents")) {
                // A signed field is the signature's own: nothing of it may change.
                m_signed_fields.insert(field.object->Reference());
                Protect(field.object, 0);
            }
        }

        int page_number = 0;
        for (const PdfObject* object : m_before.GetObjects()) {
            CollectReferences(object, m_referenced, 0);
            if (NameOf(m_before, object, "Type") != "Page") continue;
            m_pages[object->Reference()] = ++page_number;
            const PdfObject* contents = object->GetDictionary().GetKey(PdfName("Contents"));
            if (contents && contents->IsReference()) m_content_streams.insert(contents->GetReference());
            const PdfObject* resolved = Resolve(m_before, contents);
            if (resolved && resolved->IsArray())
                for (const PdfObject& part : resolved->GetArray())
                    if (part.IsReference()) m_content_streams.insert(part.GetReference());
            const PdfObject* annots = object->GetDictionary().GetKey(PdfName("Annots"));
            if (annots && annots->IsReference())
                m_annots_arrays[annots->GetReference()] = object->Reference();
        }
        Protect(catalog, 0);
    }

    // Marks what the signed document's appearance depends on, skipping the branches later
    // revisions may extend (the form, the DSS, permissions, embedded files, widgets in /Annots).
    void Protect(const PdfObject* value, int depth) {
        if (!value || depth > kMaxDepth) return;
        if (value->IsReference()) {
            if (!m_protected.insert(value->GetReference()).second) return;
            Protect(m_before.GetObjects().GetObject(value->GetReference()), depth + 1);
            return;
        }
        if (value->Reference().IsIndirect()) m_protected.insert(value->Reference());
        if (value->IsArray()) {
            for (const PdfObject& item : value->GetArray()) Protect(&item, depth + 1);
            return;
        }
        if (!value->IsDictionary()) return;
        const bool is_catalog = value->Reference().IsIndirect() && value->Reference() == m_catalog;
        const bool is_page = NameOf(m_before, value, "Type") == "Page";
        for (const auto& [key, item] : value->GetDictionary().GetKeys()) {
            const std::string& name = key.GetName();
            if (is_catalog &&
                (name == "AcroForm" || name == "DSS" || name == "Perms" || name == "Extensions"))
                continue;
            if (name == "Parent" || name == "P") continue;  // back links: the parent is reached on its own
            if (is_page && name == "Annots") {
                ProtectAnnotations(Resolve(m_before, item), depth + 1);
                continue;
            }
            if (is_catalog && name == "Names") {
                ProtectNames(item, depth + 1);
                continue;
            }
            Protect(item, depth + 1);
        }
    }

    // The name dictionary, but for its embedded files, which later revisions may add to.
    void ProtectNames(const PdfObject* names, int depth) {
        if (names && names->IsReference()) {
            m_protected.insert(names->GetReference());
            m_names = names->GetReference();
        }
        const PdfObject* resolved = Resolve(m_before, names);
        if (!resolved || !resolved->IsDictionary()) return;
        for (const auto& [key, item] : resolved->GetDictionary().GetKeys())
            if (key.GetName() != "EmbeddedFiles") Protect(item, depth + 1);
    }

    // Existing annotations other than widgets (comments, links, stamps) are part of the signed
    // page, unless a certifying signature with P=3 lets later revisions change annotations.
    void ProtectAnnotations(const PdfObject* annots, int depth) {
        if (!annots || !annots->IsArray() || m_docmdp == 3) return;
        for (const PdfObject& item : annots->GetArray()) {
            const PdfObject* annotation = Resolve(m_before, &item);
            if (NameOf(m_before, annotation, "Subtype") != "Widget") Protect(&item, depth + 1);
        }
    }

    void CollectReferences(const PdfObject* value, std::set<PdfReference>& out, int depth) {
        if (!value || depth > kMaxDepth) return;
        if (value->IsReference()) {
            out.insert(value->GetReference());
        } else if (value->IsArray()) {
            for (const PdfObject& item : value->GetArray()) CollectReferences(&item, out, depth + 1);
        } else if (value->IsDictionary()) {
            for (const auto& [key, item] : value->GetDictionary().GetKeys())
                CollectReferences(item, out, depth + 1);
        }
    }

    // A kind for messages: what the object is to the signed document.
    std::pair<std::string, domain::LocalisedText> KindOf(const PdfReference& reference,
                                                         const PdfObject* object) const {
        const std::string type = NameOf(m_before, object, "Type");
        const std::string subtype = NameOf(m_before, object, "Subtype");
        if (reference == m_catalog) return {"catalog", {"danh mục gốc (Catalog)", "the catalog"}};
        if (auto page = m_pages.find(reference); page != m_pages.end()) {
            const std::string number = std::to_string(page->second);
            return {"page", {"trang " + number, "page " + number}};
        }
        if (reference == m_form || reference == m_form_fields)
            return {"form", {"biểu mẫu AcroForm", "the AcroForm"}};
        if (reference == m_info)
            return {"document information", {"thông tin tài liệu", "the document information"}};
        if (reference == m_names) return {"name dictionary", {"danh mục tên", "the name dictionary"}};
        if (m_content_streams.count(reference))
            return {"content stream", {"luồng nội dung của trang", "a page's content stream"}};
        if (type == "Pages") return {"page tree", {"cây trang (Pages)", "the page tree (Pages)"}};
        if (type == "Font") return {"font", {"phông chữ", "a font"}};
        if (subtype == "Image") return {"image", {"hình ảnh", "an image"}};
        if (subtype == "Form") return {"form xobject", {"đối tượng đồ họa (Form XObject)", "a form XObject"}};
        if (type == "Sig" || type == "DocTimeStamp")
            return {"signature dictionary", {"từ điển chữ ký", "a signature dictionary"}};
        if (m_old_fields.count(reference)) return {"form field", {"trường biểu mẫu", "a form field"}};
        if (type == "Annot" || !subtype.empty())
            return {"annotation", {"chú thích (annotation)", "an annotation"}};
        if (type == "Metadata") return {"metadata", {"siêu dữ liệu XMP", "the XMP metadata"}};
        return {"object", {"đối tượng", "an object"}};
    }

    void Note(const PdfReference& reference, const PdfObject* object, bool allowed,
              const std::string& what_vi, const std::string& what_en, bool only_by_permissions = false) {
        auto [kind, name] = KindOf(reference, object);
        PdfChange change;
        change.object_number = static_cast<int>(reference.ObjectNumber());
        change.generation = static_cast<int>(reference.GenerationNumber());
        change.kind = kind;
        const std::string id = std::to_string(change.object_number) + " " + std::to_string(change.generation);
        change.description = {"Đối tượng " + id + " (" + name.vi + ") " + what_vi + ".",
                              "Object " + id + " (" + name.en + ") " + what_en + "."};
        change.allowed = allowed;
        change.only_by_permissions = only_by_permissions;
        m_changes.push_back(std::move(change));
    }

    bool IsDocTimeStamp(const PdfObject* signature) const {
        return NameOf(m_now, signature, "Type") == "DocTimeStamp" ||
               NameOf(m_now, signature, "SubFilter") == "ETSI.RFC3161";
    }

    void Added(const PdfReference& reference, const PdfObject* object) {
        if (m_referenced.count(reference)) {
            // The signed revision named this object when it did not exist: adding it changes the
            // signed document as surely as editing it.
            Note(reference, object, false, "được thêm vào, mà bản đã ký đã trỏ tới nó",
                 "was added although the signed revision already referred to it");
            return;
        }
        const std::string type = NameOf(m_now, object, "Type");
        if (type == "Sig" || type == "DocTimeStamp") {
            const bool timestamp = IsDocTimeStamp(object);
            const bool refused = m_docmdp == 1 && !timestamp;
            Note(reference, object, !refused,
                 timestamp ? "là dấu thời gian tài liệu được thêm sau" : "là chữ ký được thêm sau",
                 timestamp ? "is a document timestamp added later" : "is a signature added later", refused);
        } else if (type == "Annot" && NameOf(m_now, object, "Subtype") != "Widget" && m_docmdp != 3) {
            // Reported by the page whose /Annots gained it; listed here for its object number.
            return;
        }
    }

    void Changed(const PdfReference& reference, const PdfObject* old, const PdfObject* object) {
        if (reference == m_info) {
            Note(reference, old, true, "được cập nhật", "was updated");
            return;
        }
        if (reference == m_catalog) {
            CatalogChanged(reference, old, object);
            return;
        }
        if (reference == m_names && Within(DifferingKeys(old, object), {"EmbeddedFiles"})) {
            Note(reference, old, true, "có thêm tệp đính kèm", "gained embedded files");
            return;
        }
        if (m_pages.count(reference)) {
            const std::set<std::string> keys = DifferingKeys(old, object);
            if (!Within(keys, {"Annots"})) {
                Note(reference, old, false, "bị thay đổi các khóa " + Joined(keys),
                     "had " + Joined(keys) + " changed");
                return;
            }
            AnnotationsChanged(reference, old,
                               Resolve(m_before, old->GetDictionary().GetKey(PdfName("Annots"))),
                               Resolve(m_now, object->GetDictionary().GetKey(PdfName("Annots"))));
            return;
        }
        if (auto page = m_annots_arrays.find(reference); page != m_annots_arrays.end()) {
            AnnotationsChanged(reference, old, old, object);
            return;
        }
        if (reference == m_form || reference == m_form_fields) {
            FormChanged(reference, old, object);
            return;
        }
        if (m_signed_fields.count(reference)) {
            Note(reference, old, false, "là trường chữ ký đã ký và đã bị thay đổi",
                 "is a signed signature field and was changed");
            return;
        }
        if (auto field = m_old_fields.find(reference); field != m_old_fields.end()) {
            FieldChanged(reference, field->second, old, object);
            return;
        }
        if (m_protected.count(reference)) {
            Note(reference, old, false, "bị thay đổi", "was changed");
            return;
        }
        Note(reference, old, true, "bị thay đổi, nằm ngoài phần đã ký (hình hiển thị của trường, DSS…)",
             "was changed outside what was signed (a field's appearance, the DSS…)");
    }

    void CatalogChanged(const PdfReference& reference, const PdfObject* old, const PdfObject* object) {
        std::set<std::string> keys = DifferingKeys(old, object);
        if (keys.count("Names")) {
            // An inline name dictionary: only its embedded files may change.
            const PdfObject* names_before = old->GetDictionary().GetKey(PdfName("Names"));
            const PdfObject* names_now = object->GetDictionary().GetKey(PdfName("Names"));
            std::set<std::string> inner =
                DifferingKeys(Resolve(m_before, names_before), Resolve(m_now, names_now));
            if (names_before && names_before->IsReference()) inner = {"*"};  // it now points elsewhere
            if (Within(inner, {"EmbeddedFiles"})) keys.erase("Names");
        }
        const std::set<std::string> allowed_keys = {"AcroForm", "DSS", "Perms", "Extensions"};
        std::set<std::string> refused;
        for (const std::string& key : keys)
            if (!allowed_keys.count(key)) refused.insert(key);
        if (refused.empty())
            Note(reference, old, true, "có thêm hoặc đổi " + Joined(keys),
                 "gained or changed " + Joined(keys));
        else
            Note(reference, old, false, "bị thay đổi các khóa " + Joined(refused),
                 "had " + Joined(refused) + " changed");
    }

    // A page's annotations may only grow, by widgets (any annotation with DocMDP P=3).
    void AnnotationsChanged(const PdfReference& reference, const PdfObject* owner, const PdfObject* before,
                            const PdfObject* after) {
        std::multiset<std::string> old_items;
        if (before && before->IsArray())
            for (const PdfObject& item : before->GetArray()) old_items.insert(Serialised(&item));
        if (!after || !after->IsArray()) {
            Note(reference, owner, false, "bị xóa danh sách chú thích (/Annots)",
                 "lost its annotations (/Annots)");
            return;
        }
        std::set<std::string> added_kinds;
        for (const PdfObject& item : after->GetArray()) {
            auto found = old_items.find(Serialised(&item));
            if (found != old_items.end()) {
                old_items.erase(found);
                continue;
            }
            const std::string subtype = NameOf(m_now, Resolve(m_now, &item), "Subtype");
            if (subtype != "Widget" && m_docmdp != 3) added_kinds.insert(subtype.empty() ? "?" : subtype);
        }
        if (!old_items.empty()) {
            Note(reference, owner, false, "bị bỏ bớt chú thích khỏi /Annots",
                 "had annotations removed from /Annots");
        } else if (!added_kinds.empty()) {
            Note(reference, owner, false,
                 "có thêm chú thích không phải trường biểu mẫu: " + Joined(added_kinds),
                 "gained annotations that are not form widgets: " + Joined(added_kinds));
        } else {
            Note(reference, owner, true, "có thêm trường biểu mẫu hoặc chữ ký trong /Annots",
                 "gained form widgets or signatures in /Annots");
        }
    }

    void FormChanged(const PdfReference& reference, const PdfObject* old, const PdfObject* object) {
        const PdfObject* fields_before = old->IsArray() ? old : Key(m_before, old, "Fields");
        const PdfObject* fields_now = object->IsArray() ? object : Key(m_now, object, "Fields");
        std::multiset<std::string> remaining;
        if (fields_before && fields_before->IsArray())
            for (const PdfObject& item : fields_before->GetArray()) remaining.insert(Serialised(&item));
        if (fields_now && fields_now->IsArray())
            for (const PdfObject& item : fields_now->GetArray())
                if (auto found = remaining.find(Serialised(&item)); found != remaining.end())
                    remaining.erase(found);
        if (!remaining.empty()) {
            Note(reference, old, false, "bị bỏ bớt trường", "lost fields");
            return;
        }
        if (!old->IsArray() && DifferingKeys(old, object).count("XFA")) {
            Note(reference, old, false, "bị thay đổi biểu mẫu XFA", "had its XFA changed");
            return;
        }
        Note(reference, old, true, "có thêm trường", "gained fields");
    }

    void FieldChanged(const PdfReference& reference, const FormField& field, const PdfObject* old,
                      const PdfObject* object) {
        const std::set<std::string> keys = DifferingKeys(old, object);
        // /M on a widget is the annotation's modification date, which signing tools (pdfsig) set.
        if (field.type == "Tx" && Within(keys, {"V", "AP", "AS", "M"})) {
            const bool refused = m_docmdp == 1;
            Note(reference, old, !refused, "là trường văn bản «" + field.name + "» được điền giá trị",
                 "is the text field «" + field.name + "», filled in", refused);
            return;
        }
        if (field.type == "Sig" && Within(keys, {"V", "AP", "AS", "M", "F", "Lock", "SV"})) {
            const bool refused = m_docmdp == 1 && !IsDocTimeStamp(Key(m_now, object, "V"));
            Note(reference, old, !refused, "là trường chữ ký «" + field.name + "» được ký sau",
                 "is the signature field «" + field.name + "», signed later", refused);
            return;
        }
        Note(reference, old, false,
             "là trường «" + field.name + "» (" + (field.type.empty() ? "?" : field.type) +
                 ") bị thay đổi các khóa " + Joined(keys),
             "is the field «" + field.name + "» (" + (field.type.empty() ? "?" : field.type) + ") and had " +
                 Joined(keys) + " changed");
    }

    const PdfMemDocument& m_before;
    const PdfMemDocument& m_now;
    const int m_docmdp;
    PdfReference m_catalog;
    PdfReference m_info;
    PdfReference m_form;
    PdfReference m_names;
    PdfReference m_form_fields;
    std::map<PdfReference, FormField> m_old_fields;
    std::set<PdfReference> m_signed_fields;
    std::map<PdfReference, int> m_pages;
    std::map<PdfReference, PdfReference> m_annots_arrays;
    std::set<PdfReference> m_content_streams;
    std::set<PdfReference> m_protected;
    std::set<PdfReference> m_referenced;
    std::vector<PdfChange> m_changes;
};

}  // namespace

std::vector<PdfChange> ChangesAfter(const PdfMemDocument& revision, const PdfMemDocument& now, int docmdp) {
    return Analysis(revision, now, docmdp).Run();
}

}  // namespace innodesk::signing::detail
