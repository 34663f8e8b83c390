// s2t / t2s a list of files through HanLP (the jar's), for scripts/probe-practice.sh: Fold MODE IN OUT [IN OUT …]
import com.hankcs.hanlp.HanLP;
import java.nio.file.*;
public class Fold {
    public static void main(String[] a) throws Exception {
        String mode = a[0];
        for (int i = 1; i < a.length; i += 2) {
            String s = Files.readString(Path.of(a[i]));
            Files.writeString(Path.of(a[i + 1]), mode.equals("s2t") ? HanLP.convertToTraditionalChinese(s) : HanLP.convertToSimplifiedChinese(s));
        }
    }
}
