package fr.tandem.licence.control;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.time.Clocks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the GAR's subscription XML ({@code abonnements/abonnement}) with DTDs and external
 * entities disabled (XXE). The whole file is checked before anything is used: a malformed file,
 * a DOCTYPE, a wrong root or a subscription missing a required element refuses the file with
 * the reason. A malformed file is told by its line and column, in the reader's language, never by
 * the XML parser's own message (which is in the server's language).
 */
public final class GarSubscriptionReader {

    /** The namespace of the GAR's subscription web service. */
    public static final String NAMESPACE = "http://www.atosworldline.com/wsabonnement/v1.0/";
    private static final String UNLIMITED = "ILLIMITE";
    private static final List<String> PER_PUBLIC = List.of("nbLicenceEnseignant", "nbLicenceEleve",
            "nbLicenceProfDoc", "nbLicenceAutrePersonnel");

    private GarSubscriptionReader() {
    }

    public static List<GarSubscription> read(byte[] xml) {
        if (xml == null || xml.length == 0) {
            throw new RuleViolation("licence.import.empty");
        }
        Document document = parse(xml);
        Element root = document.getDocumentElement();
        if (!"abonnements".equals(root.getLocalName()) || !NAMESPACE.equals(root.getNamespaceURI())) {
            throw new RuleViolation("licence.gar.xml.root", NAMESPACE);
        }
        List<GarSubscription> subscriptions = new ArrayList<>();
        int index = 0;
        for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && "abonnement".equals(element.getLocalName())) {
                index++;
                subscriptions.add(subscription(element, index));
            }
        }
        if (subscriptions.isEmpty()) {
            throw new RuleViolation("licence.gar.xml.empty");
        }
        return subscriptions;
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException malformed) {
            String message = String.valueOf(malformed.getMessage());
            if (message.contains("DOCTYPE")) {
                throw new RuleViolation("licence.gar.xml.doctype");
            }
            throw new RuleViolation("licence.gar.xml.malformed", Math.max(1, malformed.getLineNumber()),
                    Math.max(1, malformed.getColumnNumber()));
        } catch (SAXException | IOException unreadable) {
            throw new RuleViolation("licence.gar.xml.unreadable");
        } catch (ParserConfigurationException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static GarSubscription subscription(Element element, int index) {
        String id = required(element, "idAbonnement", index);
        String resource = required(element, "idRessource", index);
        String label = text(element, "libelleRessource");
        LocalDate from = day(required(element, "debutValidite", index), index, "debutValidite");
        LocalDate until = day(required(element, "finValidite", index), index, "finValidite");
        if (until.isBefore(from)) {
            throw structure(index, "finValidite < debutValidite");
        }
        String uai = required(element, "uaiEtab", index).toUpperCase(Locale.ROOT);
        String category = text(element, "categorieAffectation");
        boolean transferable = category == null || !category.toLowerCase(Locale.ROOT).startsWith("non");
        Integer seats;
        String global = text(element, "nbLicenceGlobale");
        if (global != null) {
            seats = count(global, index, "nbLicenceGlobale");
        } else {
            seats = 0;
            boolean any = false;
            for (String name : PER_PUBLIC) {
                String value = text(element, name);
                if (value != null) {
                    any = true;
                    Integer one = count(value, index, name);
                    seats = one == null || seats == null ? null : seats + one;
                }
            }
            if (!any) {
                throw structure(index, "nbLicenceGlobale");
            }
        }
        return new GarSubscription(index, id, resource, label == null ? resource : label, from, until, uai,
                transferable, seats);
    }

    private static Integer count(String value, int index, String name) {
        if (UNLIMITED.equalsIgnoreCase(value)) {
            return null;
        }
        try {
            int seats = Integer.parseInt(value);
            if (seats < 1 || seats > fr.tandem.licence.Licence.MAX_SEATS) {
                throw structure(index, name + " = " + value);
            }
            return seats;
        } catch (NumberFormatException notANumber) {
            throw structure(index, name + " = " + value);
        }
    }

    private static LocalDate day(String value, int index, String name) {
        try {
            return OffsetDateTime.parse(value).atZoneSameInstant(Clocks.PARIS).toLocalDate();
        } catch (DateTimeParseException notOffsetDateTime) {
            try {
                return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
            } catch (DateTimeParseException notDate) {
                throw structure(index, name + " = " + value);
            }
        }
    }

    private static String required(Element element, String name, int index) {
        String value = text(element, name);
        if (value == null) {
            throw structure(index, name);
        }
        return value;
    }

    private static RuleViolation structure(int index, String what) {
        return new RuleViolation("licence.gar.xml.structure", index, what);
    }

    private static String text(Element element, String name) {
        NodeList nodes = element.getElementsByTagNameNS(NAMESPACE, name);
        if (nodes.getLength() == 0) {
            return null;
        }
        String value = nodes.item(0).getTextContent();
        return value == null || value.isBlank() ? null : value.strip();
    }
}
