package it.convergo.network;

import it.convergo.base.UserFacingException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import static it.convergo.network.ProfileLogos.MAX_BYTES;
import static it.convergo.network.ProfileLogos.MAX_PIXELS;
import static it.convergo.network.ProfileLogos.SIDE;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Turns an uploaded logo into the PNG the portal keeps. The content decides, never the name or the declared type:
 * only what javax.imageio reads as PNG or JPEG passes. The pixel size is read from the header before any decoding,
 * and the decoder skips pixels on large images, so a small file that claims a huge picture cannot fill the heap.
 * What is kept is drawn anew at most {@link ProfileLogos#SIDE} pixels a side: no metadata, chunk or trailing byte survives.
 */
final class LogoImages {

    private LogoImages() {
    }

    static byte[] normalise(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new UserFacingException("network.logo.error.invalid");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UserFacingException("network.logo.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        BufferedImage original;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new UserFacingException("network.logo.error.invalid");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!format.equals("png") && !format.equals("jpeg") && !format.equals("jpg")) {
                    throw new UserFacingException("network.logo.error.invalid");
                }
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_PIXELS || height > MAX_PIXELS) {
                    throw new UserFacingException("network.logo.error.pixels", MAX_PIXELS);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                // decode no more than about twice the kept size: enough for a smooth scale, little memory
                int step = Math.max(1, Math.max(width, height) / (2 * SIDE));
                param.setSourceSubsampling(step, step, 0, 0);
                original = reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserFacingException refusal) {
                throw refusal;
            }
            // corrupt or unsupported content (e.g. CMYK JPEG) makes the decoders throw all sorts of exceptions
            throw new UserFacingException("network.logo.error.invalid");
        }
        if (original == null || original.getWidth() < 1 || original.getHeight() < 1) {
            throw new UserFacingException("network.logo.error.invalid");
        }
        return png(scaled(original));
    }

    private static BufferedImage scaled(BufferedImage original) {
        double factor = Math.min(1.0, (double) SIDE / Math.max(original.getWidth(), original.getHeight()));
        int width = Math.max(1, (int) Math.round(original.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(original.getHeight() * factor));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(original, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("No PNG writer");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Writing a PNG in memory failed", e);
        }
        return out.toByteArray();
    }
}
