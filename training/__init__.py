"""Fashion AI garment classifiers: data, models, training, evaluation and ONNX export."""
